package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-1 / INV-3: send (or send again) the invitation; a new invitation replaces the previous one. */
public record InviteMemberCommand(
        @TargetAggregateIdentifier MemberId memberId,
        String invitationId,
        Instant expiresAt) {
}
