package fr.lacoopol.agenda.query;

import fr.lacoopol.conversation.query.Participant;
import java.time.Instant;

/** EVT-6: a comment, and whether the viewer may delete it. */
public record CommentView(
        String commentId,
        Participant author,
        String body,
        Instant writtenAt,
        boolean mayDelete) {
}
