package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-6. */
public record ConfirmLoginEmailChangeCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String requestId,
        Instant at) {
}
