package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;

/**
 * PST-3, PST-6: a member's wall, newest first: their posts and what others wrote on it, among what the viewer may
 * see (P7). before: the cursor of the page's end, null for the newest.
 */
public record WallQuery(
        Viewer viewer,
        MemberId memberId,
        String before,
        int size) {
}
