package fr.lacoopol.coopain.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;

/** NET-1. */
@EventRevision("1")
public record CoopainRequestedEvent(
        CoopainshipId coopainshipId,
        MemberId askerId,
        MemberId recipientId) {
}
