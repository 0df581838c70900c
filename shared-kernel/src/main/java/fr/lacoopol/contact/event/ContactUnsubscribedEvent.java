package fr.lacoopol.contact.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;

/** CON-3: no e-mail of the section reaches this contact any more. */
@EventRevision("1")
public record ContactUnsubscribedEvent(ContactId contactId, SectionId sectionId) {
}
