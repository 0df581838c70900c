package fr.lacoopol.agenda.event;

import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import java.util.List;

/**
 * EVT-7: the creator changed the event. When its date or place changed, toldIds are the invitees who had not declined
 * at that moment: each is told once (empty otherwise).
 */
@EventRevision("1")
public record EventChangedEvent(
        EventId eventId,
        EventDescription description,
        Instant startsAt,
        Instant endsAt,
        int reminderHoursBefore,
        boolean dateOrPlaceChanged,
        List<MemberId> toldIds) {
}
