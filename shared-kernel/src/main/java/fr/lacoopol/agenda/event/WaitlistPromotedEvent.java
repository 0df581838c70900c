package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;

/** EVT-13: a place freed, and the first on the waiting list has it; they are told. */
@EventRevision("1")
public record WaitlistPromotedEvent(
        EventId eventId,
        MemberId memberId) {
}
