package fr.lacoopol.lists.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-2. */
public record RemoveMembersFromZoneCommand(
        @TargetAggregateIdentifier ZoneId zoneId,
        SectionId sectionId,
        Set<MemberId> memberIds) {
}
