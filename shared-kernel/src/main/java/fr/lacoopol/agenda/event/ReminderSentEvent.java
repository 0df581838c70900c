package fr.lacoopol.agenda.event;

import fr.lacoopol.agenda.ReminderAudience;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/**
 * EVT-7, EVT-12, EVT-14: a reminder and its audience, frozen when it was sent (an auditor reads who received it).
 * senderId is null for an automatic reminder. audience is null for an automatic one, which reaches yes and maybe.
 */
@EventRevision("1")
public record ReminderSentEvent(
        EventId eventId,
        String reminderId,
        MemberId senderId,
        ReminderAudience audience,
        String message,
        List<MemberId> recipientIds,
        boolean automatic) {
}
