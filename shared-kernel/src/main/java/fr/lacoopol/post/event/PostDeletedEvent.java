package fr.lacoopol.post.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;

/** A post removed by its author or by the owner of the wall it was on. */
@EventRevision("1")
public record PostDeletedEvent(
        PostId postId,
        MemberId deletedBy) {
}
