package fr.lacoopol.contact.event;

import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

/** CON-1. The contact's own key encrypts what identifies them. */
@EventRevision("1")
public record ContactAddedEvent(
        @DataSubject ContactId contactId,
        SectionId sectionId,
        @PersonalData ContactDetails details) {
}
