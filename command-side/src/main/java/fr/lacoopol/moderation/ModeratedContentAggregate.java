package fr.lacoopol.moderation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.command.HideContentCommand;
import fr.lacoopol.moderation.command.RestoreContentCommand;
import fr.lacoopol.moderation.event.ContentHiddenEvent;
import fr.lacoopol.moderation.event.ContentRestoredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Whether one piece of content is hidden by the moderators (MOD-1), apart from the content's own aggregate: a
 * decision on a post, a comment, an event, a group or a profile is the same decision, and the content's owner
 * keeps no say over it. Hiding hidden content, or restoring shown content, is refused rather than repeated, so
 * that the log holds one line per decision.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ModeratedContentAggregate {

    @AggregateIdentifier
    private ModeratedContentId moderatedContentId;
    private ContentKind kind;
    private String contentId;
    private MemberId authorId;
    private String federationId;
    private boolean hidden;

    ModeratedContentAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HideContentCommand command) {
        if (!ModeratedContentId.of(command.kind(), command.contentId()).equals(command.moderatedContentId())) {
            throw new IllegalArgumentException("the moderated content id does not name this content");
        }
        if (hidden) throw new ConflictException("already_hidden", "ce contenu est déjà masqué");
        apply(new ContentHiddenEvent(command.kind(), command.contentId(), command.authorId(), command.federationId(),
                command.moderator(), command.reason()));
    }

    @CommandHandler
    void handle(RestoreContentCommand command) {
        if (!hidden) throw new ConflictException("not_hidden", "ce contenu n'est pas masqué");
        apply(new ContentRestoredEvent(kind, contentId, authorId, federationId, command.moderator(), command.reason()));
    }

    @EventSourcingHandler
    void on(ContentHiddenEvent event) {
        moderatedContentId = ModeratedContentId.of(event.kind(), event.contentId());
        kind = event.kind();
        contentId = event.contentId();
        authorId = event.authorId();
        federationId = event.federationId();
        hidden = true;
    }

    @EventSourcingHandler
    void on(ContentRestoredEvent event) {
        hidden = false;
    }
}
