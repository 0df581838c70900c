package fr.lacoopol.agenda.command;

import fr.lacoopol.agenda.ReminderAudience;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-7: the creator reminds part of the invitees, with a message. */
public record SendReminderCommand(
        @TargetAggregateIdentifier EventId eventId,
        String reminderId,
        MemberId memberId,
        ReminderAudience audience,
        String message) {
}
