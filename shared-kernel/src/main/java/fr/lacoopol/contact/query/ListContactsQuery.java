package fr.lacoopol.contact.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;

/** CON-1: the section's contacts, searched by name. */
public record ListContactsQuery(Viewer viewer, SectionId sectionId, String text, int page, int size) {
}
