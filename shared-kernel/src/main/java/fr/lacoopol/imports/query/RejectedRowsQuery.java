package fr.lacoopol.imports.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;

/** INV-5: every rejected row of an import, in file order. */
public record RejectedRowsQuery(Viewer viewer, SectionId sectionId, ImportId importId) {
}
