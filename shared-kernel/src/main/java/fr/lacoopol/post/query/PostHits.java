package fr.lacoopol.post.query;

import java.util.List;

/** The ids of the best posts found, and how many the viewer may see in all. */
public record PostHits(
        List<String> postIds,
        long total) {
}
