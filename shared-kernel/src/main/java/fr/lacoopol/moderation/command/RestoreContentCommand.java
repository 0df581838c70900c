package fr.lacoopol.moderation.command;

import fr.lacoopol.moderation.ModeratedContentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** MOD-1: a moderator shows hidden content again, saying why. */
public record RestoreContentCommand(
        @TargetAggregateIdentifier ModeratedContentId moderatedContentId,
        String moderator,
        String reason) {
}
