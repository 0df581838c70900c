package fr.lacoopol.conversation.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION_MESSAGE;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION_PARTICIPANT;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN_REQUEST;
import static fr.lacoopol.readmodel.jooq.Tables.LIST_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_LIST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.POST;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.postgres.AgendaCounters;
import fr.lacoopol.conversation.query.AlertsView;
import fr.lacoopol.conversation.query.ConversationPage;
import fr.lacoopol.conversation.query.ConversationSummaryView;
import fr.lacoopol.conversation.query.ConversationView;
import fr.lacoopol.conversation.query.FindAlertsQuery;
import fr.lacoopol.conversation.query.FindConversationQuery;
import fr.lacoopol.conversation.query.ListConversationsQuery;
import fr.lacoopol.conversation.query.MessageView;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.conversation.query.Recipients;
import fr.lacoopol.conversation.query.SectionRecipientsQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.readmodel.jooq.tables.ConversationParticipant;
import fr.lacoopol.readmodel.jooq.tables.MemberProfile;
import fr.lacoopol.readmodel.jooq.tables.records.ConversationRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The boxes and conversations (MSG-3), the alert counters (NOT-2, DASH-4), and whom a section's message
 * reaches (MSG-6). A conversation answers only to its participants. Who the other recipients are is shown
 * only when they see each other: a broadcast's recipients see its author, and a section's message never
 * names its recipients, not even to its author (a zone's manager must not learn the zone's composition, P6).
 */
@Component
class ConversationQueries {

    /** Names shown with a conversation, and with each conversation of a box; the count tells how many more. */
    private static final int NAMED_PARTICIPANTS = 50;
    private static final int NAMED_IN_A_BOX = 10;
    private static final int MESSAGES = 500;
    static final int COUNT_CAP = 1_000;

    private final DSLContext db;
    private final SectionManagers managers;
    private final AgendaCounters agenda;

    ConversationQueries(DSLContext db, SectionManagers managers, AgendaCounters agenda) {
        this.db = db;
        this.managers = managers;
        this.agenda = agenda;
    }

    @QueryHandler
    ConversationPage handle(ListConversationsQuery query) {
        if (!query.viewer().isMember()) return new ConversationPage(List.of(), 0, query.page(), query.size(), 0);
        String viewer = query.viewer().memberId().value();
        reuseGenericPlans();
        Condition box = CONVERSATION_PARTICIPANT.MEMBER_ID.eq(viewer)
                .and(query.inbox() ? CONVERSATION_PARTICIPANT.IN_INBOX.isTrue() : CONVERSATION_PARTICIPANT.IN_SENT.isTrue())
                .and(CONVERSATION_PARTICIPANT.DELETED.isFalse());
        // One round trip: the page, with its authors' and other participants' names, and the box's counts
        // (computed once, whatever the page's size). Under load, each round trip waits its turn for a core twice.
        Field<Integer> boxTotal = countUpToCap(box, CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT.asc()).as("box_total");
        Field<Integer> boxUnread = countUpToCap(unread(viewer)).as("box_unread");
        Field<Result<Record3<String, String, String>>> others = othersNamed(viewer, NAMED_IN_A_BOX);
        MemberProfile author = MEMBER_PROFILE.as("author");
        List<Record> rows = db.select(CONVERSATION.asterisk(), CONVERSATION_PARTICIPANT.UNREAD,
                        CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT, author.FIRST_NAME, author.LAST_NAME, others, boxTotal,
                        boxUnread)
                .from(CONVERSATION_PARTICIPANT)
                .join(CONVERSATION).on(CONVERSATION.CONVERSATION_ID.eq(CONVERSATION_PARTICIPANT.CONVERSATION_ID))
                .leftJoin(author).on(author.MEMBER_ID.eq(CONVERSATION.AUTHOR_ID))
                .where(box)
                .orderBy(CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT.desc(), CONVERSATION_PARTICIPANT.CONVERSATION_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch().stream().map(r -> (Record) r).toList();
        // An empty page (an empty box, or a page past its end) carries no counts: they are asked apart.
        Record counts = rows.isEmpty() ? db.select(boxTotal, boxUnread).fetchOne() : rows.get(0);
        List<ConversationSummaryView> items = new ArrayList<>();
        for (Record row : rows) {
            ConversationRecord conversation = row.into(CONVERSATION);
            Participant writer = new Participant(conversation.getAuthorId(), row.get(author.FIRST_NAME),
                    row.get(author.LAST_NAME));
            items.add(new ConversationSummaryView(conversation.getConversationId(), conversation.getSubject(),
                    shown(conversation, viewer, writer, row.get(others)), conversation.getParticipantCount(),
                    instant(row.get(CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT)), row.get(CONVERSATION_PARTICIPANT.UNREAD),
                    conversation.getNoReply()));
        }
        return new ConversationPage(items, counts.get(boxTotal), query.page(), query.size(), counts.get(boxUnread));
    }

    @QueryHandler
    Optional<ConversationView> handle(FindConversationQuery query) {
        if (!query.viewer().isMember()) return Optional.empty();
        String viewer = query.viewer().memberId().value();
        Integer unread = db.select(CONVERSATION_PARTICIPANT.UNREAD).from(CONVERSATION_PARTICIPANT)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(query.conversationId().value()))
                .and(CONVERSATION_PARTICIPANT.MEMBER_ID.eq(viewer))
                .fetchOne(CONVERSATION_PARTICIPANT.UNREAD);
        if (unread == null) return Optional.empty();
        Field<Result<Record3<String, String, String>>> others = othersNamed(viewer, NAMED_PARTICIPANTS);
        Record row = db.select(CONVERSATION.asterisk(), others).from(CONVERSATION)
                .where(CONVERSATION.CONVERSATION_ID.eq(query.conversationId().value())).fetchOne();
        if (row == null) return Optional.empty();
        ConversationRecord conversation = row.into(CONVERSATION);
        boolean author = conversation.getAuthorId().equals(viewer);
        Condition readable = author ? DSL.noCondition()
                : CONVERSATION_MESSAGE.PRIVATE_TO.isNull().or(CONVERSATION_MESSAGE.PRIVATE_TO.eq(viewer));
        List<Record> messages = db.select(CONVERSATION_MESSAGE.MESSAGE_ID, CONVERSATION_MESSAGE.AUTHOR_ID,
                        CONVERSATION_MESSAGE.BODY, CONVERSATION_MESSAGE.SENT_AT, CONVERSATION_MESSAGE.POSITION)
                .from(CONVERSATION_MESSAGE)
                .where(CONVERSATION_MESSAGE.CONVERSATION_ID.eq(conversation.getConversationId())).and(readable)
                .orderBy(CONVERSATION_MESSAGE.POSITION.desc()).limit(MESSAGES)
                .fetch().stream().map(r -> (Record) r).toList();
        Map<String, Participant> names = names(messages.stream().map(m -> m.get(CONVERSATION_MESSAGE.AUTHOR_ID)).toList());
        names.putAll(names(List.of(conversation.getAuthorId())));
        List<MessageView> views = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Record m = messages.get(i);
            views.add(new MessageView(m.get(CONVERSATION_MESSAGE.MESSAGE_ID), names.get(m.get(CONVERSATION_MESSAGE.AUTHOR_ID)),
                    m.get(CONVERSATION_MESSAGE.BODY), instant(m.get(CONVERSATION_MESSAGE.SENT_AT))));
        }
        return Optional.of(new ConversationView(conversation.getConversationId(), conversation.getSubject(),
                names.get(conversation.getAuthorId()),
                shown(conversation, viewer, names.get(conversation.getAuthorId()), row.get(others)),
                conversation.getParticipantCount(), conversation.getNoReply(), author || !conversation.getNoReply(), unread,
                views));
    }

    @QueryHandler
    AlertsView handle(FindAlertsQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return new AlertsView(0, 0, 0, 0, List.of(), List.of(), 0);
        String member = viewer.memberId().value();
        long requests = db.fetchCount(COOPAIN_REQUEST, COOPAIN_REQUEST.RECIPIENT_ID.eq(member));
        return new AlertsView(db.select(countUpToCap(unread(member))).fetchOne().value1(), requests,
                agenda.pendingInvitations(viewer), agenda.unreadAlerts(viewer, query.eventAlertsSeenUntil()),
                agenda.latestAlerts(viewer, query.eventAlertsSeenUntil()),
                agenda.nextItems(viewer), newWallPosts(member, query.eventAlertsSeenUntil()));
    }

    /** PST-6: what others wrote on the member's wall since the alerts were last read. */
    private long newWallPosts(String member, Instant seenUntil) {
        Condition since = seenUntil == null ? DSL.trueCondition() : POST.PUBLISHED_AT.gt(utc(seenUntil));
        return db.fetchCount(POST, POST.WALL_OWNER_ID.eq(member).and(POST.HIDDEN.isFalse()).and(since));
    }

    /**
     * MSG-6, LST-3: the section's active members a message reaches. A zone's manager may write to their zone;
     * the rest is for the section's secretaries (and its referent). To anyone else the section, or the zone,
     * does not exist.
     */
    @QueryHandler
    Recipients handle(SectionRecipientsQuery query) {
        String section = query.sectionId().value();
        boolean manager = managers.manages(query.viewer(), query.sectionId());
        Condition who;
        if (query.zoneId() != null) {
            Condition zone = MEMBER_LIST.LIST_ID.eq(query.zoneId().value()).and(MEMBER_LIST.SECTION_ID.eq(section))
                    .and(MEMBER_LIST.KIND.eq("ZONE"));
            boolean zoneManager = query.viewer().isMember()
                    && db.fetchExists(MEMBER_LIST, zone.and(MEMBER_LIST.MANAGER_ID.eq(query.viewer().memberId().value())));
            if (!manager && !zoneManager) throw SectionManagers.notFound();
            if (!db.fetchExists(MEMBER_LIST, zone)) throw new NotFoundException();
            who = onList(query.zoneId().value());
        } else {
            if (!manager) throw SectionManagers.notFound();
            if (query.listId() != null) {
                if (!db.fetchExists(MEMBER_LIST, MEMBER_LIST.LIST_ID.eq(query.listId().value())
                        .and(MEMBER_LIST.SECTION_ID.eq(section)).and(MEMBER_LIST.KIND.eq("LIST")))) {
                    throw new NotFoundException();
                }
                who = onList(query.listId().value());
            } else if (query.wholeSection()) {
                who = DSL.noCondition();
            } else {
                List<String> ids = query.memberIds() == null ? List.of() : query.memberIds().stream().map(MemberId::value).toList();
                who = MEMBER_PROFILE.MEMBER_ID.eq(DSL.any(ids.toArray(String[]::new)));
            }
        }
        return new Recipients(db.select(MEMBER_PROFILE.MEMBER_ID).from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.SECTION_ID.eq(section))
                .and(MEMBER_PROFILE.ACCOUNT_STATE.eq(AccountState.ACTIVE.name()))
                .and(who)
                .fetch(row -> new MemberId(row.value1())));
    }

    private static Condition onList(String listId) {
        return DSL.exists(DSL.selectOne().from(LIST_MEMBER)
                .where(LIST_MEMBER.LIST_ID.eq(listId)).and(LIST_MEMBER.MEMBER_ID.eq(MEMBER_PROFILE.MEMBER_ID)));
    }

    /**
     * The other participants the viewer may know of, at most {@code limit}, as a column of the conversation's
     * row, so that they come in the same statement: everyone but themself in a discussion, and to the author of
     * a broadcast, whom they wrote to; to the author of a section's message, nobody (only the count, P6).
     */
    private static Field<Result<Record3<String, String, String>>> othersNamed(String viewer, int limit) {
        ConversationParticipant other = CONVERSATION_PARTICIPANT.as("other");
        Condition mayBeNamed = CONVERSATION.RECIPIENTS_HIDDEN.isFalse()
                .or(CONVERSATION.AUTHOR_ID.eq(viewer).and(CONVERSATION.SECTION_ID.isNull()));
        return DSL.multiset(DSL.select(other.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME)
                        .from(other)
                        .leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(other.MEMBER_ID))
                        .where(other.CONVERSATION_ID.eq(CONVERSATION.CONVERSATION_ID))
                        .and(other.MEMBER_ID.ne(viewer))
                        .and(mayBeNamed)
                        .orderBy(other.MEMBER_ID)
                        .limit(DSL.inline(limit)))
                .as("others");
    }

    /** Whom a conversation names to the viewer: to a recipient of hidden recipients, its author alone. */
    private static List<Participant> shown(ConversationRecord conversation, String viewer, Participant author,
                                           Result<Record3<String, String, String>> others) {
        if (conversation.getRecipientsHidden() && !conversation.getAuthorId().equals(viewer)) return List.of(author);
        return others.map(other -> new Participant(other.value1(), other.value2(), other.value3()));
    }

    private Map<String, Participant> names(List<String> memberIds) {
        Map<String, Participant> names = new HashMap<>();
        for (String id : memberIds) names.put(id, new Participant(id, null, null));
        db.select(MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME)
                .from(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(names.keySet()))
                .forEach(row -> names.put(row.value1(), new Participant(row.value1(), row.value2(), row.value3())));
        return names;
    }

    /**
     * A box's counts stop at {@link #COUNT_CAP} + 1 ("more than 1,000"): counting a member's 15,000 conversations
     * on every page would cost more than the page. A box is counted oldest first: its index lists the newest
     * first, and the newest rows lie on pages that vacuum has not yet marked all-visible, where the index cannot
     * answer alone. Newest first, a bench reader's box fetched 278 rows from the table and took 7.5 ms; oldest
     * first, none and 2.2 ms. (The unread index is in table order already: oldest first.)
     */
    private static Field<Integer> countUpToCap(Condition rows, OrderField<?>... order) {
        return DSL.field(DSL.selectCount().from(DSL.selectOne().from(CONVERSATION_PARTICIPANT).where(rows)
                .orderBy(order).limit(DSL.inline(COUNT_CAP + 1)).asTable("capped")));
    }

    /** The 0 is written into the statement: the unread index is partial ({@code unread > 0}), see below. */
    private static Condition unread(String viewer) {
        return CONVERSATION_PARTICIPANT.MEMBER_ID.eq(viewer).and(CONVERSATION_PARTICIPANT.UNREAD.gt(DSL.inline(0)))
                .and(CONVERSATION_PARTICIPANT.DELETED.isFalse());
    }

    /**
     * The box's statements are prepared once per connection, and PostgreSQL would plan them again at every
     * execution: a member with thousands of conversations makes the plan for any member look dearer than the
     * plan for them alone, and it then keeps planning per member. That planning was most of PostgreSQL's time
     * for an inbox read (1 ms of its 1.5 ms under the messaging bench), and the plan comes out the same: walk the
     * member's index. So, for this transaction only, the plan made once is kept. It can use the partial indexes
     * because their conditions (in the box, not deleted, unread above 0) are constants in the statements.
     */
    private void reuseGenericPlans() {
        db.execute("SET LOCAL plan_cache_mode = force_generic_plan");
    }
}
