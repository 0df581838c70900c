package fr.lacoopol.post.query;

import java.util.List;

/** A page of a member's wall, newest first; next: the cursor of the following page, null at the end. */
public record WallPage(
        List<WallItem> items,
        String next) {
}
