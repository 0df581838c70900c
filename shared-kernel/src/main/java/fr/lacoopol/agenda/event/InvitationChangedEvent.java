package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;

/** EVT-3, EVT-7: the invitation's message and attendance target (0: none). */
@EventRevision("1")
public record InvitationChangedEvent(
        EventId eventId,
        String invitationMessage,
        int attendanceTarget) {
}
