package fr.lacoopol.post.query;

import fr.lacoopol.activity.query.ActivityView;

/** PST-6: one item of a member's wall: a post (theirs, or written on it by another) or one of their deeds. */
public record WallItem(
        PostView post,
        ActivityView activity) {
}
