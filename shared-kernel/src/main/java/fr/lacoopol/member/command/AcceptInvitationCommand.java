package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-2. The password arrives already hashed; it is kept by the credential store, never in an event. */
public record AcceptInvitationCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String invitationId,
        boolean charterAccepted,
        String charterVersion,
        String passwordHash,
        Instant at) {
}
