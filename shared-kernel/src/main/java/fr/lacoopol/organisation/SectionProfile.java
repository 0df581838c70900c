package fr.lacoopol.organisation;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SEC-1: what a secretary configures of their section. The treasurer and the bureau are section members;
 * the section aggregate checks that, since only it knows who belongs.
 */
public record SectionProfile(String name, String street, String postalCode, String city, String country,
                             String phone, String website, String facebook, String twitter,
                             MemberId treasurerId, List<MemberId> bureau) {

    private static final Pattern WEB_LINK = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

    public SectionProfile {
        name = Text.required("name", name, 120);
        street = Text.optional("street", street, 200);
        postalCode = Text.optional("postalCode", postalCode, 10);
        city = Text.optional("city", city, 100);
        country = Text.optional("country", country, 100);
        phone = Text.optional("phone", phone, 30);
        website = link("website", website);
        facebook = link("facebook", facebook);
        twitter = link("twitter", twitter);
        bureau = bureau == null ? List.of() : List.copyOf(new LinkedHashSet<>(bureau));
        if (bureau.size() > 30) throw new InvalidValueException("bureau", "un bureau compte au plus 30 membres");
        if (postalCode != null && !postalCode.matches("[0-9A-Za-z -]{2,10}")) {
            throw new InvalidValueException("postalCode", "le code postal n'est pas valide");
        }
    }

    /** The profile a section starts with: its name and address as the referent created it. */
    public static SectionProfile initial(String name, SectionAddress address) {
        SectionAddress a = address == null ? new SectionAddress(null, null, null) : address;
        return new SectionProfile(name, a.street(), a.postalCode(), a.city(), null, null, null, null, null, null, List.of());
    }

    private static String link(String field, String value) {
        String text = Text.optional(field, value, 300);
        if (text != null && !WEB_LINK.matcher(text).matches()) {
            throw new InvalidValueException(field, field + " doit être une adresse web (http:// ou https://)");
        }
        return text;
    }
}
