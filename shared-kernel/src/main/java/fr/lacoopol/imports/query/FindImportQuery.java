package fr.lacoopol.imports.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;

/** INV-4..6: an import of a section with its progress and report. */
public record FindImportQuery(Viewer viewer, SectionId sectionId, ImportId importId) {
}
