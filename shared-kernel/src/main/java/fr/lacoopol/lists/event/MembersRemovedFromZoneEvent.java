package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import java.util.Set;

/** LST-2. Removing a member not in the zone changes nothing. */
@EventRevision("1")
public record MembersRemovedFromZoneEvent(ZoneId zoneId, SectionId sectionId, Set<MemberId> memberIds) {
}
