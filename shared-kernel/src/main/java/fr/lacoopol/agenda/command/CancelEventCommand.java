package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-7: the creator cancels the event, with an optional word to the invitees. */
public record CancelEventCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        String reason) {
}
