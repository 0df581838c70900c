package fr.lacoopol.agenda.command;

import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-7, EVT-14: the creator changes the event's description and its automatic reminder. */
public record ChangeEventCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        EventDescription description,
        int reminderHoursBefore) {
}
