package fr.lacoopol.activity.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.ACTIVITY;
import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_GROUP;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.POST;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.activity.query.ActivityKind;
import fr.lacoopol.activity.query.ActivityPage;
import fr.lacoopol.activity.query.ActivityView;
import fr.lacoopol.activity.query.CoopainsActivityQuery;
import fr.lacoopol.activity.query.MemberActivityQuery;
import fr.lacoopol.agenda.postgres.VisibleEvents;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.member.postgres.VisibleProfiles;
import fr.lacoopol.post.postgres.VisiblePosts;
import fr.lacoopol.readmodel.FeedCursor;
import fr.lacoopol.readmodel.jooq.tables.MemberProfile;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * DASH-3 and PST-6: what members did, answered for the viewer inside the query: a deed is shown only if the viewer
 * may see who did it (P4), and the post (P7), the other member (P4) or the event (P7) it names; so that neither an
 * item nor a page's length betrays what is hidden.
 */
@Component
class ActivityQueries {

    private static final MemberProfile ACTOR = MEMBER_PROFILE.as("actor");
    private static final MemberProfile OTHER = MEMBER_PROFILE.as("other");

    private final DSLContext db;

    ActivityQueries(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    ActivityPage handle(CoopainsActivityQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return new ActivityPage(List.of(), null);
        return page(ACTIVITY.MEMBER_ID.in(DSL.select(COOPAIN.COOPAIN_ID).from(COOPAIN)
                .where(COOPAIN.MEMBER_ID.eq(viewer.memberId().value()))), viewer, query.before(), query.size());
    }

    @QueryHandler
    ActivityPage handle(MemberActivityQuery query) {
        Condition whose = ACTIVITY.MEMBER_ID.eq(query.memberId().value());
        if (!query.withPosts()) whose = whose.and(ACTIVITY.KIND.ne(ActivityKind.POSTED.name()));
        return page(whose, query.viewer(), query.before(), query.size());
    }

    private ActivityPage page(Condition whose, Viewer viewer, String cursor, int size) {
        Condition where = whose.and(VisibleProfiles.to(viewer, ACTOR))
                .and(ACTIVITY.KIND.ne(ActivityKind.POSTED.name()).or(POST.POST_ID.isNotNull().and(VisiblePosts.to(viewer))))
                .and(ACTIVITY.KIND.ne(ActivityKind.BECAME_COOPAINS.name())
                        .or(OTHER.MEMBER_ID.isNotNull().and(VisibleProfiles.to(viewer, OTHER))))
                .and(ACTIVITY.KIND.ne(ActivityKind.ANSWERED_EVENT.name())
                        .or(AGENDA_EVENT.EVENT_ID.isNotNull().and(VisibleEvents.to(viewer))))
                .and(MEMBER_GROUP.GROUP_ID.isNull().or(MEMBER_GROUP.HIDDEN.isFalse()));
        FeedCursor before = FeedCursor.parse(cursor);
        if (before != null) {
            where = where.and(DSL.row(ACTIVITY.OCCURRED_AT, ACTIVITY.ACTIVITY_ID).lt(utc(before.at()), before.id()));
        }
        List<ActivityView> items = db.select(ACTIVITY.asterisk(), ACTOR.FIRST_NAME, ACTOR.LAST_NAME, OTHER.FIRST_NAME,
                        OTHER.LAST_NAME, POST.TITLE, MEMBER_GROUP.NAME, SECTION.NAME, AGENDA_EVENT.TITLE)
                .from(ACTIVITY)
                .join(ACTOR).on(ACTOR.MEMBER_ID.eq(ACTIVITY.MEMBER_ID))
                .leftJoin(OTHER).on(OTHER.MEMBER_ID.eq(ACTIVITY.OTHER_MEMBER_ID))
                .leftJoin(POST).on(POST.POST_ID.eq(ACTIVITY.POST_ID))
                .leftJoin(MEMBER_GROUP).on(MEMBER_GROUP.GROUP_ID.eq(ACTIVITY.GROUP_ID))
                .leftJoin(SECTION).on(SECTION.SECTION_ID.eq(ACTIVITY.SECTION_ID))
                .leftJoin(AGENDA_EVENT).on(AGENDA_EVENT.EVENT_ID.eq(ACTIVITY.EVENT_ID))
                .where(where)
                .orderBy(ACTIVITY.OCCURRED_AT.desc(), ACTIVITY.ACTIVITY_ID.desc())
                .limit(size + 1)
                .fetch(ActivityQueries::view);
        if (items.size() <= size) return new ActivityPage(items, null);
        List<ActivityView> page = List.copyOf(items.subList(0, size));
        ActivityView last = page.get(page.size() - 1);
        return new ActivityPage(page, new FeedCursor(last.occurredAt(), last.activityId()).toString());
    }

    private static ActivityView view(Record row) {
        String other = row.get(ACTIVITY.OTHER_MEMBER_ID);
        return new ActivityView(row.get(ACTIVITY.ACTIVITY_ID), ActivityKind.valueOf(row.get(ACTIVITY.KIND)),
                new Participant(row.get(ACTIVITY.MEMBER_ID), row.get(ACTOR.FIRST_NAME), row.get(ACTOR.LAST_NAME)),
                instant(row.get(ACTIVITY.OCCURRED_AT)), row.get(ACTIVITY.POST_ID), row.get(POST.TITLE),
                other == null ? null : new Participant(other, row.get(OTHER.FIRST_NAME), row.get(OTHER.LAST_NAME)),
                row.get(ACTIVITY.GROUP_ID), row.get(MEMBER_GROUP.NAME), row.get(ACTIVITY.SECTION_ID), row.get(SECTION.NAME),
                row.get(ACTIVITY.EVENT_ID), row.get(AGENDA_EVENT.TITLE), row.get(ACTIVITY.ANSWER),
                row.get(ACTIVITY.STATUS_TEXT));
    }
}
