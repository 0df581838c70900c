package fr.lacoopol.agenda.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_GUEST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_ALERT;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.EventAlertView;
import fr.lacoopol.comment.postgres.CommentReads;
import fr.lacoopol.agenda.query.EventSummaryView;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The agenda's part of the remote control (DASH-4, NOT-2): what the member's counters and next items show. */
@Component
public class AgendaCounters {

    private static final int LATEST_ALERTS = 10;
    private static final int NEXT_ITEMS = 3;

    private final DSLContext db;
    private final AgendaQueries agenda;

    public AgendaCounters(DSLContext db, Clock clock) {
        this.db = db;
        this.agenda = new AgendaQueries(db, clock, new CommentReads(db));
    }

    /** Upcoming invitations, not cancelled, awaiting the member's answer. */
    public long pendingInvitations(Viewer viewer) {
        if (!viewer.isMember()) return 0;
        return db.fetchCount(DSL.selectOne().from(EVENT_GUEST).join(AGENDA_EVENT)
                .on(AGENDA_EVENT.EVENT_ID.eq(EVENT_GUEST.EVENT_ID))
                .where(EVENT_GUEST.MEMBER_ID.eq(viewer.memberId().value())).and(EVENT_GUEST.INVITED.isTrue())
                .and(EVENT_GUEST.ANSWER.isNull()).and(AGENDA_EVENT.CANCELLED.isFalse()).and(AGENDA_EVENT.HIDDEN.isFalse())
                .and(agenda.notPast()));
    }

    /** Alerts since the member last marked them read, about events still to come (an alert fades with its event). */
    public long unreadAlerts(Viewer viewer, Instant seenUntil) {
        if (!viewer.isMember()) return 0;
        return db.fetchCount(DSL.selectOne().from(MEMBER_ALERT).join(AGENDA_EVENT)
                .on(AGENDA_EVENT.EVENT_ID.eq(MEMBER_ALERT.EVENT_ID))
                .where(MEMBER_ALERT.MEMBER_ID.eq(viewer.memberId().value())).and(unread(seenUntil))
                .and(AGENDA_EVENT.HIDDEN.isFalse()).and(agenda.notPast()));
    }

    /** The latest unread alerts, each with its event's title (an alert outlives nothing it names: P7 holds). */
    public List<EventAlertView> latestAlerts(Viewer viewer, Instant seenUntil) {
        if (!viewer.isMember()) return List.of();
        return db.select(MEMBER_ALERT.KIND, MEMBER_ALERT.EVENT_ID, AGENDA_EVENT.TITLE, MEMBER_ALERT.CREATED_AT)
                .from(MEMBER_ALERT).join(AGENDA_EVENT).on(AGENDA_EVENT.EVENT_ID.eq(MEMBER_ALERT.EVENT_ID))
                .where(MEMBER_ALERT.MEMBER_ID.eq(viewer.memberId().value())).and(unread(seenUntil))
                .and(VisibleEvents.to(viewer)).and(agenda.notPast())
                .orderBy(MEMBER_ALERT.CREATED_AT.desc()).limit(LATEST_ALERTS)
                .fetch(row -> new EventAlertView(row.get(MEMBER_ALERT.KIND), row.get(MEMBER_ALERT.EVENT_ID),
                        row.get(AGENDA_EVENT.TITLE), instant(row.get(MEMBER_ALERT.CREATED_AT))));
    }

    /** The next events the member said yes or maybe to. */
    public List<EventSummaryView> nextItems(Viewer viewer) {
        if (!viewer.isMember()) return List.of();
        String me = viewer.memberId().value();
        return agenda.page(AgendaQueries.myAnswerIn(me, "YES", "MAYBE").and(agenda.notPast())
                        .and(AGENDA_EVENT.CANCELLED.isFalse()), viewer, AGENDA_EVENT.STARTS_AT.asc(), 0, NEXT_ITEMS)
                .items();
    }

    /** The given events, in the given order, as the viewer sees them in a list; those they may not see are left out. */
    public List<EventSummaryView> summaries(Viewer viewer, List<String> eventIds) {
        if (eventIds.isEmpty()) return List.of();
        List<EventSummaryView> found = agenda.page(AGENDA_EVENT.EVENT_ID.in(eventIds), viewer,
                AGENDA_EVENT.STARTS_AT.asc(), 0, eventIds.size()).items();
        Map<String, EventSummaryView> byId = new HashMap<>();
        found.forEach(event -> byId.put(event.eventId(), event));
        return eventIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Condition unread(Instant seenUntil) {
        return seenUntil == null ? DSL.trueCondition() : MEMBER_ALERT.CREATED_AT.gt(utc(seenUntil));
    }
}
