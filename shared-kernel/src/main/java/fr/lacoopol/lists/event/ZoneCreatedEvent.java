package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;

/** LST-2. The description is sanitised HTML. */
@EventRevision("1")
public record ZoneCreatedEvent(
        ZoneId zoneId,
        SectionId sectionId,
        String name,
        String description,
        MemberId managerId) {
}
