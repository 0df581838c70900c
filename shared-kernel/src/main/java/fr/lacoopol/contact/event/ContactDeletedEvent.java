package fr.lacoopol.contact.event;

import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;

/** CON-1. */
public record ContactDeletedEvent(ContactId contactId, SectionId sectionId) {
}
