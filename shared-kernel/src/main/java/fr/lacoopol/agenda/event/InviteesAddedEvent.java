package fr.lacoopol.agenda.event;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/** EVT-4, EVT-7: members newly invited (never one already invited). */
public record InviteesAddedEvent(
        EventId eventId,
        MemberId inviterId,
        List<MemberId> memberIds) {
}
