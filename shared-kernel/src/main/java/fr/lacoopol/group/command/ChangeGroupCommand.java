package fr.lacoopol.group.command;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator renames or describes the group, or changes how one joins it. */
public record ChangeGroupCommand(
        @TargetAggregateIdentifier GroupId groupId,
        MemberId administratorId,
        String name,
        String description,
        GroupAccess access) {
}
