package fr.lacoopol.comment.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.COMMENT;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.CommentView;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.member.postgres.VisibleProfiles;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * The comments of a subject (an event, a post), oldest first, for a viewer the subject's queries already let see it;
 * those the moderators hid are left out (MOD-1).
 * mayDeleteAny: the viewer may delete every comment (the subject's creator); otherwise only their own.
 */
@Component
public class CommentReads {

    private static final int SHOWN = 200;

    private final DSLContext db;

    public CommentReads(DSLContext db) {
        this.db = db;
    }

    /** Each author named only if the viewer may see their profile (P4). */
    public List<CommentView> of(CommentSubject subject, Viewer viewer, boolean mayDeleteAny) {
        String me = viewer.isMember() ? viewer.memberId().value() : "";
        Field<Boolean> shown = VisibleProfiles.shown(viewer, MEMBER_PROFILE);
        return db.select(COMMENT.asterisk(), MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME, shown)
                .from(COMMENT).leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(COMMENT.AUTHOR_ID))
                .where(COMMENT.SUBJECT_KIND.eq(subject.kind())).and(COMMENT.SUBJECT_ID.eq(subject.id()))
                .and(COMMENT.HIDDEN.isFalse())
                .orderBy(COMMENT.POSITION).limit(SHOWN)
                .fetch(row -> new CommentView(row.get(COMMENT.COMMENT_ID), Boolean.TRUE.equals(row.get(shown))
                        ? new Participant(row.get(COMMENT.AUTHOR_ID), row.get(MEMBER_PROFILE.FIRST_NAME),
                                row.get(MEMBER_PROFILE.LAST_NAME))
                        : Participant.hidden(), row.get(COMMENT.BODY), instant(row.get(COMMENT.WRITTEN_AT)),
                        mayDeleteAny || row.get(COMMENT.AUTHOR_ID).equals(me)));
    }
}
