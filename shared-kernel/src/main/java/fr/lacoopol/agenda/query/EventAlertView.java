package fr.lacoopol.agenda.query;

import java.time.Instant;

/** NOT-2: an unread alert about an event: INVITED, CHANGED, CANCELLED, REMINDED or PLACE_GIVEN. */
public record EventAlertView(
        String kind,
        String eventId,
        String title,
        Instant at) {
}
