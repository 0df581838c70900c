package fr.lacoopol.organisation.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;

/** SEC-1: the section's page, as the viewer may see it. */
public record FindSectionQuery(Viewer viewer, SectionId sectionId) {
}
