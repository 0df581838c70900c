package fr.lacoopol.contact;

import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.Text;

/** CON-1: who a contact outside la coopol is. First name, last name and e-mail are required. */
public record ContactDetails(PersonName name, String organisation, EmailAddress email) {

    public ContactDetails {
        if (name == null) throw new InvalidValueException("name", "le prénom et le nom sont obligatoires");
        if (email == null) throw new InvalidValueException("email", "l'adresse e-mail est obligatoire");
        organisation = Text.optional("organisation", organisation, 200);
    }
}
