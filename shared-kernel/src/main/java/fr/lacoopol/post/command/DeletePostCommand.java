package fr.lacoopol.post.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The author deletes their post; the owner of the wall it was written on deletes it too (PST-6). */
public record DeletePostCommand(
        @TargetAggregateIdentifier PostId postId,
        MemberId memberId) {
}
