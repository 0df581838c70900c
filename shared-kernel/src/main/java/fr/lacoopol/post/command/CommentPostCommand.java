package fr.lacoopol.post.command;

import fr.lacoopol.access.Spaces;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PST-4: whoever can see the post comments on it; spaces: theirs, for a post published in spaces only. */
public record CommentPostCommand(
        @TargetAggregateIdentifier PostId postId,
        String commentId,
        MemberId authorId,
        Spaces spaces,
        String body) {
}
