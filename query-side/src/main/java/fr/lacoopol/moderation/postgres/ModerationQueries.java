package fr.lacoopol.moderation.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.COMMENT;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_GROUP;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.POST;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.query.FindModeratedContentQuery;
import fr.lacoopol.moderation.query.ModeratedContent;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** MOD-1: what the moderators act on, read past every visibility rule (they are the ones who hide). */
@Component
class ModerationQueries {

    private static final int LABEL_LENGTH = 80;

    private final DSLContext db;

    ModerationQueries(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    Optional<ModeratedContent> handle(FindModeratedContentQuery query) {
        Optional<? extends Record3<String, String, Boolean>> found = switch (query.kind()) {
            case POST -> find(POST, POST.AUTHOR_ID, DSL.coalesce(POST.TITLE, DSL.left(POST.TEXT, LABEL_LENGTH)),
                    POST.HIDDEN, POST.POST_ID, query.contentId());
            case COMMENT -> find(COMMENT, COMMENT.AUTHOR_ID, DSL.left(COMMENT.BODY, LABEL_LENGTH), COMMENT.HIDDEN,
                    COMMENT.COMMENT_ID, query.contentId());
            case EVENT -> find(AGENDA_EVENT, AGENDA_EVENT.CREATOR_ID, AGENDA_EVENT.TITLE, AGENDA_EVENT.HIDDEN,
                    AGENDA_EVENT.EVENT_ID, query.contentId());
            case GROUP -> find(MEMBER_GROUP, MEMBER_GROUP.CREATOR_ID, MEMBER_GROUP.NAME, MEMBER_GROUP.HIDDEN,
                    MEMBER_GROUP.GROUP_ID, query.contentId());
            case PROFILE -> find(MEMBER_PROFILE, MEMBER_PROFILE.MEMBER_ID, DSL.val((String) null),
                    MEMBER_PROFILE.HIDDEN, MEMBER_PROFILE.MEMBER_ID, query.contentId());
        };
        return found.map(row -> new ModeratedContent(query.kind(), query.contentId(), new MemberId(row.value1()),
                federationOf(row.value1()), row.value2() == null ? "" : row.value2().replaceAll("<[^>]*>", " ").strip(),
                row.value3()));
    }

    private Optional<Record3<String, String, Boolean>> find(Table<?> table, TableField<?, String> author,
                                                            Field<String> label, TableField<?, Boolean> hidden,
                                                            TableField<?, String> id, String contentId) {
        return db.select(author, label, hidden).from(table).where(id.eq(contentId)).fetchOptional();
    }

    private String federationOf(String memberId) {
        return db.select(MEMBER_PROFILE.FEDERATION_ID).from(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(memberId))
                .fetchOptional(MEMBER_PROFILE.FEDERATION_ID).orElse(null);
    }
}
