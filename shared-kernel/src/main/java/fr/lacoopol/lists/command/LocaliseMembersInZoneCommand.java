package fr.lacoopol.lists.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-2: "localiser" members of the zone's section in it. */
public record LocaliseMembersInZoneCommand(
        @TargetAggregateIdentifier ZoneId zoneId,
        SectionId sectionId,
        Set<MemberId> memberIds) {
}
