package fr.lacoopol.lists.event;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;

/** LST-2. */
public record ZoneDeletedEvent(ZoneId zoneId, SectionId sectionId) {
}
