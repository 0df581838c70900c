package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;

/**
 * DASH-2: the posts of the viewer's network, newest first, among what they may see (P7); messages written on a
 * member's wall stay on that wall. before: the cursor of the page's end, null for the newest.
 */
public record NetworkFeedQuery(
        Viewer viewer,
        FeedScope scope,
        String before,
        int size) {
}
