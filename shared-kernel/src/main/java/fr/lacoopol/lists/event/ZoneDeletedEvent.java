package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;

/** LST-2. */
@EventRevision("1")
public record ZoneDeletedEvent(ZoneId zoneId, SectionId sectionId) {
}
