package fr.lacoopol.lists.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;

/** LST-4: a section's lists and zones with counts, for those who manage it. */
public record ListSectionGroupsQuery(Viewer viewer, SectionId sectionId) {
}
