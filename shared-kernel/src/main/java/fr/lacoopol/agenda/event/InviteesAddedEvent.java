package fr.lacoopol.agenda.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/** EVT-4, EVT-7: members newly invited (never one already invited). */
@EventRevision("1")
public record InviteesAddedEvent(
        EventId eventId,
        MemberId inviterId,
        List<MemberId> memberIds) {
}
