package fr.lacoopol.post.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PST-4: a comment's author deletes it, and so do the post's author and moderators. */
public record DeletePostCommentCommand(
        @TargetAggregateIdentifier PostId postId,
        String commentId,
        MemberId memberId,
        boolean moderator) {
}
