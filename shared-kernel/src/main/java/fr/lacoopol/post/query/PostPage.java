package fr.lacoopol.post.query;

import java.util.List;

/** A page of posts, newest first; next: the cursor of the following page, null at the end. */
public record PostPage(
        List<PostView> items,
        String next) {
}
