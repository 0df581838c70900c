package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;

/** INV-7: the undo is done: people removed, records emptied, rows that could not be undone. */
@EventRevision("1")
public record ImportUndoneEvent(
        ImportId importId,
        SectionId sectionId,
        int removed,
        int emptied,
        int kept) {
}
