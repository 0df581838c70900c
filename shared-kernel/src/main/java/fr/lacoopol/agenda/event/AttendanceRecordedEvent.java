package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/** EVT-12: who came, as the creator marked it after the start (replaces an earlier marking). */
@EventRevision("1")
public record AttendanceRecordedEvent(
        EventId eventId,
        List<MemberId> attendeeIds) {
}
