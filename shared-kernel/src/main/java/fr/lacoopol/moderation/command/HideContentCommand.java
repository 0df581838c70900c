package fr.lacoopol.moderation.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModeratedContentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * MOD-1: a moderator hides a post, a comment, an event, a group or a profile, saying why; its author is told.
 * federationId: the author's federation, whose referents read the decision in the moderation log (MOD-3).
 */
public record HideContentCommand(
        @TargetAggregateIdentifier ModeratedContentId moderatedContentId,
        ContentKind kind,
        String contentId,
        MemberId authorId,
        String federationId,
        String moderator,
        String reason) {
}
