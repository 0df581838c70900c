package fr.lacoopol.coopain.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;

/** The state of the bond between the viewer and another member. */
public record FindCoopainshipQuery(
        Viewer viewer,
        MemberId otherId) {
}
