package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;

/** EVT-2: the event's illustration, by the hash it is stored under. */
@EventRevision("1")
public record EventImageChangedEvent(
        EventId eventId,
        String imageSha256) {
}
