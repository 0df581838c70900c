package fr.lacoopol.group.command;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member leaves (or withdraws their request); an administrator removes a member or refuses a request.
 */
public record RemoveFromGroupCommand(
        @TargetAggregateIdentifier GroupId groupId,
        MemberId actorId,
        MemberId memberId) {
}
