package fr.lacoopol.imports.query;

import fr.lacoopol.imports.UndoOutcome;
import java.time.Instant;
import java.util.List;

/**
 * INV-7: how far undoing the import has gone (rowsDone of rowsToUndo: the rows it imported or merged), what it did,
 * and the rows it could undo only in part or not at all, with the reason (the first 1,000).
 */
public record ImportUndoView(
        String state,
        int rowsToUndo,
        int rowsDone,
        int removed,
        int emptied,
        int kept,
        List<UndoOutcome> rowsNotFullyUndone,
        Instant undoneAt) {
}
