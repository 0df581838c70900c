package fr.lacoopol.coopain.event;

import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;

/** NET-3: removedBy ended the bond with otherId. */
public record CoopainRemovedEvent(
        CoopainshipId coopainshipId,
        MemberId removedBy,
        MemberId otherId) {
}
