package fr.lacoopol.coopain.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;

/** NET-3: removedBy ended the bond with otherId. */
@EventRevision("1")
public record CoopainRemovedEvent(
        CoopainshipId coopainshipId,
        MemberId removedBy,
        MemberId otherId) {
}
