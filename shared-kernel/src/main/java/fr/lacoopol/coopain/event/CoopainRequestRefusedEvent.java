package fr.lacoopol.coopain.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;

/** NET-2: the request is closed; the asker may ask again later. */
@EventRevision("1")
public record CoopainRequestRefusedEvent(
        CoopainshipId coopainshipId,
        MemberId askerId,
        MemberId recipientId) {
}
