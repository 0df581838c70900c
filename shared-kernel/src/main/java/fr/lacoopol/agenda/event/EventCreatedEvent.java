package fr.lacoopol.agenda.event;

import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.time.Instant;

/**
 * EVT-2, EVT-3: an event was created. startsAt and endsAt are the description's Paris times as instants (endsAt null
 * when open-ended). reminderHoursBefore: 0 when the creator wants no automatic reminder.
 */
@EventRevision("1")
public record EventCreatedEvent(
        EventId eventId,
        MemberId creatorId,
        SectionId sectionId,
        EventDescription description,
        Instant startsAt,
        Instant endsAt,
        String invitationMessage,
        int attendanceTarget,
        int reminderHoursBefore) {
}
