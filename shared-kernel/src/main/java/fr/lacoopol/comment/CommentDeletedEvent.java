package fr.lacoopol.comment;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;

/** EVT-6, PST: a comment removed by its author, the subject's owner, or a moderator (deletedBy). */
@EventRevision("1")
public record CommentDeletedEvent(
        CommentSubject subject,
        String commentId,
        MemberId deletedBy) {
}
