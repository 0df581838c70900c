package fr.lacoopol.joinrequest.command;

import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-4: memberId is the person invited (a pre-registration) or moved (a member's request). */
public record AcceptJoinRequestCommand(
        @TargetAggregateIdentifier JoinRequestId requestId,
        MemberId memberId) {
}
