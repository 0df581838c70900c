package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.EmailAddress;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-6: the new address becomes the login once it confirms the link. */
public record RequestLoginEmailChangeCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String requestId,
        EmailAddress newEmail,
        Instant expiresAt) {
}
