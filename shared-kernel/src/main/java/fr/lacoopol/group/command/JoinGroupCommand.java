package fr.lacoopol.group.command;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member joins (an open group) or asks to (a group on request); an administrator adding someone accepts their
 * request. Answers the role the member then has.
 */
public record JoinGroupCommand(
        @TargetAggregateIdentifier GroupId groupId,
        MemberId actorId,
        MemberId memberId) {
}
