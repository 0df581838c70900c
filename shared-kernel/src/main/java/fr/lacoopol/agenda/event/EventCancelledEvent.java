package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/** EVT-7: the event is cancelled; toldIds are the invitees who had not declined, each told once. */
@EventRevision("1")
public record EventCancelledEvent(
        EventId eventId,
        MemberId memberId,
        String reason,
        List<MemberId> toldIds) {
}
