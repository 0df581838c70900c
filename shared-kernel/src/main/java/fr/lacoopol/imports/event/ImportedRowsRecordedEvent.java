package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.RowOutcome;
import java.util.List;

/** INV-5/6: rows [fromRow, toRow) done. Rows are counted from 0 after the header. */
@EventRevision("1")
public record ImportedRowsRecordedEvent(
        ImportId importId,
        SectionId sectionId,
        int fromRow,
        int toRow,
        List<RowOutcome> outcomes) {
}
