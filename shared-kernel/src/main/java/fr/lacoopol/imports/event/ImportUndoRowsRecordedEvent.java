package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.UndoOutcome;
import java.util.List;

/** INV-7: the rows [from, to) of those the import imported or merged, undone as far as they could be. */
@EventRevision("1")
public record ImportUndoRowsRecordedEvent(
        ImportId importId,
        SectionId sectionId,
        int from,
        int to,
        List<UndoOutcome> outcomes) {
}
