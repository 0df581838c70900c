package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;

/** INV-6: every row of the file is accounted for. */
@EventRevision("1")
public record ImportFinishedEvent(
        ImportId importId,
        SectionId sectionId,
        int imported,
        int merged,
        int rejected) {
}
