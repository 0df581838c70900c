package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-3, EVT-7: the creator changes the invitation message or the attendance target (0 for none). */
public record ChangeInvitationCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        String invitationMessage,
        int attendanceTarget) {
}
