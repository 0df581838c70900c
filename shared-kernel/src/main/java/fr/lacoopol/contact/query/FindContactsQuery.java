package fr.lacoopol.contact.query;

import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;
import java.util.List;

/** CON-3: these contacts of the section (the others are not found). */
public record FindContactsQuery(SectionId sectionId, List<ContactId> contactIds) {
}
