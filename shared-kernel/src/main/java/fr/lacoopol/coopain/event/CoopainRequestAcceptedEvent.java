package fr.lacoopol.coopain.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;

/** NET-2: both are coopains from now on; the asker is told. */
@EventRevision("1")
public record CoopainRequestAcceptedEvent(
        CoopainshipId coopainshipId,
        MemberId askerId,
        MemberId recipientId) {
}
