package fr.lacoopol.contact.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;

/** CON-1. */
@EventRevision("1")
public record ContactDeletedEvent(ContactId contactId, SectionId sectionId) {
}
