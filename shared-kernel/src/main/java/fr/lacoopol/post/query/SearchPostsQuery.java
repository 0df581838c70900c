package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;

/**
 * PST-5, DIR-2: posts by words of their title, text or tags (prefixes, accents and case folded), best first, among
 * those the viewer may see (P7, applied inside the search).
 */
public record SearchPostsQuery(
        Viewer viewer,
        String words,
        int size) {
}
