package fr.lacoopol.lists.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-2: the description is rich text, sanitised by the zone; the manager is a section member. */
public record CreateZoneCommand(
        @TargetAggregateIdentifier ZoneId zoneId,
        SectionId sectionId,
        String name,
        String description,
        MemberId managerId) {
}
