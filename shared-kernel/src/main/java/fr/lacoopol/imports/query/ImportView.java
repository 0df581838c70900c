package fr.lacoopol.imports.query;

import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.imports.RowOutcome;
import fr.lacoopol.member.MembershipType;
import java.time.Instant;
import java.util.List;

/**
 * INV-4..6: progress (rowsDone of totalRows) and what became of the rows; the merged and rejected rows listed are the
 * first 1,000 of each. undo: null unless a secretary has undone the import (INV-7).
 */
public record ImportView(
        String importId,
        ImportKind kind,
        String fileName,
        String encoding,
        String delimiter,
        List<String> columns,
        int totalRows,
        String state,
        List<ColumnMapping> mapping,
        MembershipType membershipType,
        int rowsDone,
        int imported,
        int merged,
        int rejected,
        List<RowOutcome> mergedRows,
        List<RowOutcome> rejectedRows,
        Instant uploadedAt,
        Instant finishedAt,
        ImportUndoView undo) {
}
