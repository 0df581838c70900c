package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-4. */
public record RequestPasswordResetCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String resetId,
        Instant expiresAt) {
}
