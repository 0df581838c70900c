package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;

/** INV-7: a secretary undoes the import; rowsToUndo: the rows it imported or merged. */
@EventRevision("1")
public record ImportUndoStartedEvent(
        ImportId importId,
        SectionId sectionId,
        int rowsToUndo) {
}
