package fr.lacoopol.post;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.access.Spaces;
import fr.lacoopol.comment.CommentAddedEvent;
import fr.lacoopol.comment.CommentDeletedEvent;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.comment.Comments;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.post.command.CommentPostCommand;
import fr.lacoopol.post.command.DeletePostCommand;
import fr.lacoopol.post.command.DeletePostCommentCommand;
import fr.lacoopol.post.command.PublishPostCommand;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A post (PST-1 to PST-4, PST-6): its content checked once, where it is published, and its comments. Who may see it
 * is decided here for what goes through it (comments), as the read models decide it for what is read (P7): public,
 * its author, the owner of the wall it is on, the members of its section's space or of its groups.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PostAggregate {

    @AggregateIdentifier
    private PostId postId;
    private String authorId;
    private String sectionId;
    private String wallOwnerId;
    private Publication publication;
    private Comments comments = new Comments();

    PostAggregate() {
        // for Axon
    }

    @CommandHandler
    PostAggregate(PublishPostCommand command) {
        MemberId wallOwner = command.authorId().equals(command.wallOwnerId()) ? null : command.wallOwnerId();
        apply(new PostPublishedEvent(command.postId(), command.authorId(), command.sectionId(), wallOwner,
                PostRules.check(command.content()), command.publication()));
    }

    /** Its author deletes a post; so does the owner of the wall it was written on (PST-6). */
    @CommandHandler
    void handle(DeletePostCommand command) {
        String member = command.memberId().value();
        if (!member.equals(authorId) && !member.equals(wallOwnerId)) {
            throw new ForbiddenException("post_not_yours", "seul l'auteur d'un message, ou le propriétaire du mur où il "
                    + "est écrit, peut le supprimer");
        }
        apply(new PostDeletedEvent(postId, command.memberId()));
    }

    @CommandHandler
    void handle(CommentPostCommand command) {
        if (!isVisibleTo(command.authorId().value(), command.spaces())) throw new NotFoundException();
        CommentAddedEvent added = comments.add(subject(), command.commentId(), command.authorId(), command.body());
        if (added != null) apply(added);
    }

    @CommandHandler
    void handle(DeletePostCommentCommand command) {
        boolean mayDeleteAny = command.moderator() || command.memberId().value().equals(authorId);
        apply(comments.delete(subject(), command.commentId(), command.memberId(), mayDeleteAny));
    }

    private boolean isVisibleTo(String member, Spaces memberSpaces) {
        return publication.publicPost() || member.equals(authorId) || member.equals(wallOwnerId)
                || publication.inSectionSpace() && memberSpaces != null && memberSpaces.hasSection(sectionId)
                || memberSpaces != null && memberSpaces.sharesAGroup(publication.groupIds());
    }

    private CommentSubject subject() {
        return CommentSubject.post(postId.value());
    }

    @EventSourcingHandler
    void on(PostPublishedEvent event) {
        postId = event.postId();
        authorId = event.authorId().value();
        sectionId = event.sectionId() == null ? null : event.sectionId().value();
        wallOwnerId = event.wallOwnerId() == null ? null : event.wallOwnerId().value();
        publication = event.publication();
    }

    @EventSourcingHandler
    void on(PostDeletedEvent event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(CommentAddedEvent event) {
        comments.on(event);
    }

    @EventSourcingHandler
    void on(CommentDeletedEvent event) {
        comments.on(event);
    }
}
