package fr.lacoopol.agenda.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_ANSWER_CHANGE;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_GUEST;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_REMINDER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.EventType;
import fr.lacoopol.agenda.query.AgendaScope;
import fr.lacoopol.agenda.query.AgendaTab;
import fr.lacoopol.agenda.query.AnswerChangeView;
import fr.lacoopol.agenda.query.AnswerHistoryPage;
import fr.lacoopol.agenda.query.AnswerHistoryQuery;
import fr.lacoopol.agenda.query.CalendarEntries;
import fr.lacoopol.agenda.query.CalendarEntry;
import fr.lacoopol.agenda.query.CalendarQuery;
import fr.lacoopol.agenda.query.EventPage;
import fr.lacoopol.agenda.query.EventSummaryView;
import fr.lacoopol.agenda.query.EventView;
import fr.lacoopol.agenda.query.FindEventQuery;
import fr.lacoopol.agenda.query.Gauge;
import fr.lacoopol.agenda.query.ListAgendaQuery;
import fr.lacoopol.agenda.query.MayViewEventImageQuery;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.comment.postgres.CommentReads;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.member.postgres.VisibleProfiles;
import fr.lacoopol.readmodel.jooq.tables.records.AgendaEventRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Event pages, agendas, answer histories and calendars (EVT-6, EVT-9, EVT-11, EVT-12), each for its viewer: an event
 * the viewer may not see (P7) is absent from every answer, exactly as one that does not exist.
 */
@Component
class AgendaQueries {

    /** Names on an event's page; the gauge counts the rest. */
    private static final int NAMED = 200;
    private static final Duration CALENDAR_PAST = Duration.ofDays(30);

    private final DSLContext db;
    private final Clock clock;
    private final CommentReads comments;

    AgendaQueries(DSLContext db, Clock clock, CommentReads comments) {
        this.db = db;
        this.clock = clock;
        this.comments = comments;
    }

    @QueryHandler
    Optional<EventView> handle(FindEventQuery query) {
        Viewer viewer = query.viewer();
        AgendaEventRecord event = db.selectFrom(AGENDA_EVENT)
                .where(AGENDA_EVENT.EVENT_ID.eq(query.eventId().value())).and(VisibleEvents.to(viewer)).fetchOne();
        if (event == null) return Optional.empty();
        String me = viewer.memberId().value();
        Record mine = db.select(EVENT_GUEST.ANSWER, EVENT_GUEST.WAITLIST_POSITION).from(EVENT_GUEST)
                .where(EVENT_GUEST.EVENT_ID.eq(event.getEventId())).and(EVENT_GUEST.MEMBER_ID.eq(me)).fetchOne();
        boolean creator = event.getCreatorId().equals(me);
        EventType type = EventType.valueOf(event.getType());
        return Optional.of(new EventView(event.getEventId(), type.name(), type.label(), event.getKind(),
                event.getTitle(), event.getDescription(), event.getStartsLocal(), event.getEndsLocal(), place(event),
                event.getPublicEvent(), event.getInSectionSpace(), List.of(event.getGroupIds()),
                creatorAs(viewer, event.getCreatorId()),
                event.getCancelled(), event.getCancelReason(), event.getInvitationMessage(), gauge(event),
                mine == null ? null : mine.get(EVENT_GUEST.ANSWER),
                mine != null && mine.get(EVENT_GUEST.WAITLIST_POSITION) != null,
                guests(event.getEventId(), EVENT_GUEST.ANSWER.eq("YES").and(EVENT_GUEST.WAITLIST_POSITION.isNull())),
                guests(event.getEventId(), EVENT_GUEST.ANSWER.eq("MAYBE")), creator,
                event.getAttendedCount(), event.getReminderHours(), creator ? instant(event.getRemindAt()) : null,
                comments.of(CommentSubject.event(event.getEventId()), viewer, creator), fileUrl(event.getImageSha256())));
    }

    @QueryHandler
    Boolean handle(MayViewEventImageQuery query) {
        return db.fetchExists(AGENDA_EVENT, AGENDA_EVENT.IMAGE_SHA256.eq(query.sha256()).and(VisibleEvents.to(query.viewer())));
    }

    @QueryHandler
    EventPage handle(ListAgendaQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return new EventPage(List.of(), 0, query.page(), query.size());
        String me = viewer.memberId().value();
        Condition tab = switch (query.tab()) {
            case AGENDA -> myAnswerIn(me, "YES", "MAYBE").and(notPast());
            case INVITATIONS -> DSL.exists(DSL.selectOne().from(EVENT_GUEST)
                            .where(EVENT_GUEST.EVENT_ID.eq(AGENDA_EVENT.EVENT_ID)).and(EVENT_GUEST.MEMBER_ID.eq(me))
                            .and(EVENT_GUEST.INVITED.isTrue()).and(EVENT_GUEST.ANSWER.isNull()))
                    .and(notPast()).and(AGENDA_EVENT.CANCELLED.isFalse());
            case CREATED -> AGENDA_EVENT.CREATOR_ID.eq(me);
        };
        SortField<?> order = query.tab() == AgendaTab.CREATED ? AGENDA_EVENT.STARTS_AT.desc() : AGENDA_EVENT.STARTS_AT.asc();
        return page(tab.and(scope(viewer, query.scope())), viewer, order, query.page(), query.size());
    }

    @QueryHandler
    Optional<AnswerHistoryPage> handle(AnswerHistoryQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return Optional.empty();
        String eventId = query.eventId().value();
        boolean creator = db.fetchExists(AGENDA_EVENT, AGENDA_EVENT.EVENT_ID.eq(eventId)
                .and(AGENDA_EVENT.CREATOR_ID.eq(viewer.memberId().value())));
        if (!creator) return Optional.empty();
        Condition ofEvent = EVENT_ANSWER_CHANGE.EVENT_ID.eq(eventId);
        List<AnswerChangeView> items = db.select(EVENT_ANSWER_CHANGE.asterisk(), MEMBER_PROFILE.FIRST_NAME,
                        MEMBER_PROFILE.LAST_NAME)
                .from(EVENT_ANSWER_CHANGE)
                .leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(EVENT_ANSWER_CHANGE.MEMBER_ID))
                .where(ofEvent).orderBy(EVENT_ANSWER_CHANGE.SEQUENCE)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(row -> new AnswerChangeView(new Participant(row.get(EVENT_ANSWER_CHANGE.MEMBER_ID),
                        row.get(MEMBER_PROFILE.FIRST_NAME), row.get(MEMBER_PROFILE.LAST_NAME)),
                        row.get(EVENT_ANSWER_CHANGE.ANSWER), row.get(EVENT_ANSWER_CHANGE.PREVIOUS),
                        row.get(EVENT_ANSWER_CHANGE.WAITLISTED), row.get(EVENT_ANSWER_CHANGE.PROMOTED),
                        instant(row.get(EVENT_ANSWER_CHANGE.CHANGED_AT))));
        List<AnswerHistoryPage.ReminderView> reminders = db.selectFrom(EVENT_REMINDER)
                .where(EVENT_REMINDER.EVENT_ID.eq(eventId)).orderBy(EVENT_REMINDER.SENT_AT)
                .fetch(r -> new AnswerHistoryPage.ReminderView(r.getReminderId(), r.getAutomatic(), r.getAudience(),
                        r.getMessage(), r.getRecipientCount(), instant(r.getSentAt())));
        return Optional.of(new AnswerHistoryPage(items, db.fetchCount(EVENT_ANSWER_CHANGE, ofEvent), query.page(),
                query.size(), reminders));
    }

    @QueryHandler
    CalendarEntries handle(CalendarQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return new CalendarEntries(List.of());
        String me = viewer.memberId().value();
        Condition which = query.eventId() != null
                ? AGENDA_EVENT.EVENT_ID.eq(query.eventId().value()).and(VisibleEvents.to(viewer))
                : myAnswerIn(me, "YES", "MAYBE").or(AGENDA_EVENT.CREATOR_ID.eq(me))
                        .and(AGENDA_EVENT.HIDDEN.isFalse())
                        .and(AGENDA_EVENT.STARTS_AT.ge(OffsetDateTime.ofInstant(clock.instant().minus(CALENDAR_PAST),
                                ZoneOffset.UTC)));
        Field<String> myAnswer = myAnswer(me);
        return new CalendarEntries(db.select(AGENDA_EVENT.asterisk(), myAnswer).from(AGENDA_EVENT).where(which)
                .orderBy(AGENDA_EVENT.STARTS_AT).limit(1_000)
                .fetch(row -> {
                    AgendaEventRecord event = row.into(AGENDA_EVENT);
                    return new CalendarEntry(event.getEventId(), event.getTitle(), event.getDescription(),
                            EventType.valueOf(event.getType()).label(), instant(event.getStartsAt()),
                            instant(event.getEndsAt()), place(event), event.getCancelled(), event.getLastSequence(),
                            instant(event.getCreatedAt()), row.get(myAnswer));
                }));
    }

    EventPage page(Condition condition, Viewer viewer, SortField<?> order, int page, int size) {
        Condition visible = condition.and(VisibleEvents.to(viewer));
        Field<String> myAnswer = myAnswer(viewer.memberId().value());
        Field<Long> myWaitlist = DSL.field(DSL.select(EVENT_GUEST.WAITLIST_POSITION).from(EVENT_GUEST)
                .where(EVENT_GUEST.EVENT_ID.eq(AGENDA_EVENT.EVENT_ID))
                .and(EVENT_GUEST.MEMBER_ID.eq(viewer.memberId().value())));
        List<EventSummaryView> items = db.select(AGENDA_EVENT.asterisk(), myAnswer, myWaitlist.as("my_waitlist"))
                .from(AGENDA_EVENT).where(visible)
                .orderBy(order, AGENDA_EVENT.EVENT_ID)
                .limit(size).offset((long) page * size)
                .fetch(row -> summary(row.into(AGENDA_EVENT), row.get(myAnswer), row.get("my_waitlist") != null));
        return new EventPage(items, db.fetchCount(AGENDA_EVENT, visible), page, size);
    }

    static EventSummaryView summary(AgendaEventRecord event, String myAnswer, boolean waitlisted) {
        EventType type = EventType.valueOf(event.getType());
        return new EventSummaryView(event.getEventId(), type.name(), type.label(), event.getKind(), event.getTitle(),
                event.getStartsLocal(), event.getEndsLocal(), event.getCity(), event.getPostalCode(),
                event.getPublicEvent(), event.getCancelled(), event.getYesCount(), event.getAttendanceTarget(),
                event.getPlaces(), myAnswer, waitlisted);
    }

    Condition notPast() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return DSL.coalesce(AGENDA_EVENT.ENDS_AT, AGENDA_EVENT.STARTS_AT).ge(now);
    }

    static Condition myAnswerIn(String me, String... answers) {
        return DSL.exists(DSL.selectOne().from(EVENT_GUEST).where(EVENT_GUEST.EVENT_ID.eq(AGENDA_EVENT.EVENT_ID))
                .and(EVENT_GUEST.MEMBER_ID.eq(me)).and(EVENT_GUEST.ANSWER.in(answers)));
    }

    static Field<String> myAnswer(String me) {
        return DSL.field(DSL.select(EVENT_GUEST.ANSWER).from(EVENT_GUEST)
                .where(EVENT_GUEST.EVENT_ID.eq(AGENDA_EVENT.EVENT_ID)).and(EVENT_GUEST.MEMBER_ID.eq(me))).as("my_answer");
    }

    private static Condition scope(Viewer viewer, AgendaScope scope) {
        return switch (scope) {
            case ALL -> DSL.trueCondition();
            case SECTION -> viewer.sectionId() == null ? DSL.falseCondition()
                    : AGENDA_EVENT.SECTION_ID.eq(viewer.sectionId().value());
            case PARTY -> AGENDA_EVENT.PUBLIC_EVENT.isTrue();
            case GROUPS -> VisibleEvents.inMyGroups(viewer);
        };
    }

    private static Gauge gauge(AgendaEventRecord event) {
        Integer places = event.getPlaces();
        return new Gauge(event.getYesCount(), event.getMaybeCount(), event.getNoCount(), event.getWaitlistCount(),
                event.getInviteeCount(), event.getAttendanceTarget(), places,
                places == null ? null : Math.max(0, places - event.getYesCount()));
    }

    private static EventPlace place(AgendaEventRecord event) {
        return new EventPlace(event.getStreet(), event.getComplement(), event.getPostalCode(), event.getCity());
    }

    /** The event's creator, named only if the viewer may see their profile (P4). */
    private Participant creatorAs(Viewer viewer, String memberId) {
        Record row = db.select(MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME).from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.MEMBER_ID.eq(memberId)).and(VisibleProfiles.to(viewer)).fetchOne();
        return row == null ? Participant.hidden()
                : new Participant(memberId, row.get(MEMBER_PROFILE.FIRST_NAME), row.get(MEMBER_PROFILE.LAST_NAME));
    }

    private List<Participant> guests(String eventId, Condition which) {
        return db.select(EVENT_GUEST.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME)
                .from(EVENT_GUEST).leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(EVENT_GUEST.MEMBER_ID))
                .where(EVENT_GUEST.EVENT_ID.eq(eventId)).and(which)
                .orderBy(EVENT_GUEST.ANSWERED_AT, EVENT_GUEST.MEMBER_ID).limit(NAMED)
                .fetch(row -> new Participant(row.get(EVENT_GUEST.MEMBER_ID), row.get(MEMBER_PROFILE.FIRST_NAME),
                        row.get(MEMBER_PROFILE.LAST_NAME)));
    }
}
