package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import java.time.Instant;

/** EVT-14: when the automatic reminder will go (null: it will not, for want of time or by choice). */
@EventRevision("1")
public record AutomaticReminderScheduledEvent(
        EventId eventId,
        Instant remindAt,
        String deadlineId) {
}
