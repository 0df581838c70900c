package fr.lacoopol.activity.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;

/**
 * PST-6: what a member did, newest first, as the viewer may see it. withPosts: false leaves out the posts they
 * published (their wall shows the posts themselves).
 */
public record MemberActivityQuery(
        Viewer viewer,
        MemberId memberId,
        boolean withPosts,
        String before,
        int size) {
}
