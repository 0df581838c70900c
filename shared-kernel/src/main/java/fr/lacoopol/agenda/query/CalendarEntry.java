package fr.lacoopol.agenda.query;

import fr.lacoopol.agenda.EventPlace;
import java.time.Instant;

/** EVT-11: what a calendar file says of an event: no participant's name or address. */
public record CalendarEntry(
        String eventId,
        String title,
        String description,
        String typeLabel,
        Instant startsAt,
        Instant endsAt,
        EventPlace place,
        boolean cancelled,
        long sequence,
        Instant createdAt,
        String myAnswer) {
}
