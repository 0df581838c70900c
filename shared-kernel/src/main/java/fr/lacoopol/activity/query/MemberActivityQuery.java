package fr.lacoopol.activity.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;

/** PST-6: what a member did, newest first, as the viewer may see it. */
public record MemberActivityQuery(
        Viewer viewer,
        MemberId memberId,
        String before,
        int size) {
}
