package fr.lacoopol.post.query;

import java.util.List;

/** Posts, in the order asked for. */
public record PostList(
        List<PostView> items) {
}
