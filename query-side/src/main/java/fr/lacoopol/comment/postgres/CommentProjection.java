package fr.lacoopol.comment.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.COMMENT;

import fr.lacoopol.comment.CommentAddedEvent;
import fr.lacoopol.comment.CommentDeletedEvent;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.post.event.PostDeletedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Comments, whatever they are about (EVT-6, PST-4), in the order their subject received them. Who may
 * read them is the subject's rule, applied by the subject's queries. Idempotent: a comment is keyed by its id.
 */
@Component
@ProcessingGroup("agenda")
class CommentProjection {

    private final DSLContext db;

    CommentProjection(DSLContext db) {
        this.db = db;
    }

    /** GDPR-2: an erased member's comments stay, without their words (a replay reads them as erased too). */
    @EventHandler
    void on(MemberErasedEvent event) {
        db.update(COMMENT).setNull(COMMENT.BODY).where(COMMENT.AUTHOR_ID.eq(event.memberId().value())).execute();
    }

    @EventHandler
    void on(CommentAddedEvent event, @Timestamp Instant at, @SequenceNumber long position) {
        db.insertInto(COMMENT)
                .set(COMMENT.COMMENT_ID, event.commentId())
                .set(COMMENT.SUBJECT_KIND, event.subject().kind())
                .set(COMMENT.SUBJECT_ID, event.subject().id())
                .set(COMMENT.AUTHOR_ID, event.authorId().value())
                .set(COMMENT.BODY, event.body())
                .set(COMMENT.WRITTEN_AT, utc(at))
                .set(COMMENT.POSITION, position)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(CommentDeletedEvent event) {
        db.deleteFrom(COMMENT).where(COMMENT.COMMENT_ID.eq(event.commentId())).execute();
    }

    /** A post deleted takes its comments with it. */
    @EventHandler
    void on(PostDeletedEvent event) {
        db.deleteFrom(COMMENT).where(COMMENT.SUBJECT_KIND.eq(CommentSubject.post(event.postId().value()).kind()))
                .and(COMMENT.SUBJECT_ID.eq(event.postId().value())).execute();
    }

    /** MOD-1: hidden by a moderator, or shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.COMMENT) return;
        db.update(COMMENT).set(COMMENT.HIDDEN, decision.hidden()).where(COMMENT.COMMENT_ID.eq(decision.contentId())).execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(COMMENT).execute();
    }
}
