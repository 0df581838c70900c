package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.PostId;

/** A post's page, empty when the viewer may not see it (P7) or it does not exist. */
public record FindPostQuery(
        Viewer viewer,
        PostId postId) {
}
