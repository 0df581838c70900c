package fr.lacoopol.moderation;

import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.moderation.command.HideContentCommand;
import fr.lacoopol.moderation.command.RestoreContentCommand;
import fr.lacoopol.moderation.query.FindModeratedContentQuery;
import fr.lacoopol.moderation.query.ModeratedContent;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * MOD-1: a moderator hides content (a post, a comment, an event, a group, a profile) or shows it again, saying why.
 * The decision is an event: every read model that holds content of its kind leaves it out of every read path, its
 * author is e-mailed the reason (ModerationNotices), and the moderation log records it (MOD-3).
 */
@Component
public class ContentModeration {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ContentModeration(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public void hide(ContentKind kind, String contentId, String moderator, String reason) {
        ModeratedContent content = find(kind, contentId).orElseThrow(NotFoundException::new);
        commands.sendAndWait(new HideContentCommand(ModeratedContentId.of(kind, contentId), kind, contentId,
                content.authorId(), content.federationId(), moderator, reason));
    }

    public void restore(ContentKind kind, String contentId, String moderator, String reason) {
        commands.sendAndWait(new RestoreContentCommand(ModeratedContentId.of(kind, contentId), moderator, reason));
    }

    /** The content whatever its visibility, with its author: empty if it does not exist (or no longer does). */
    public Optional<ModeratedContent> find(ContentKind kind, String contentId) {
        return queries.query(new FindModeratedContentQuery(kind, contentId),
                ResponseTypes.optionalInstanceOf(ModeratedContent.class)).join();
    }
}
