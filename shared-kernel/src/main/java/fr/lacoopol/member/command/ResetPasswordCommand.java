package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-4: the link's reset id, the new password hashed, and the time the link was used. */
public record ResetPasswordCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String resetId,
        String passwordHash,
        Instant at) {
}
