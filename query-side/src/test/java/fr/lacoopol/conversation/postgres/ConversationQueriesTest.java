package fr.lacoopol.conversation.postgres;

import fr.lacoopol.agenda.postgres.AgendaCounters;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.readmodel.ReadModelTests;
import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.conversation.query.ConversationPage;
import fr.lacoopol.conversation.query.FindAlertsQuery;
import fr.lacoopol.conversation.query.ListConversationsQuery;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.time.Clock;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** A member with thousands of conversations: the page stays a page, its counts stop at "more than 1,000". */
class ConversationQueriesTest {

    private final DSLContext db = ReadModelTests.db();
    private final ConversationQueries queries = new ConversationQueries(db, new SectionManagers(db),
            new AgendaCounters(db, Clock.systemUTC()));

    @Test
    void theCountsOfABigBoxStopPastAThousandAndThePageIsTheNewest() {
        MemberId reader = MemberId.random();
        String author = MemberId.random().value();
        db.execute("""
                INSERT INTO read_model_query_tests.conversation (conversation_id, author_id, subject, no_reply, recipients_hidden,
                                                     participant_count, started_at)
                SELECT ? || n, ?, 'Sujet ' || n, false, false, 2, now() - n * interval '1 minute'
                FROM generate_series(1, 1200) AS n""", reader.value(), author);
        db.execute("""
                INSERT INTO read_model_query_tests.conversation_participant (conversation_id, member_id, in_inbox, in_sent, unread,
                                                                 deleted, last_message_at)
                SELECT ? || n, ?, true, false, 1, false, now() - n * interval '1 minute'
                FROM generate_series(1, 1200) AS n""", reader.value(), reader.value());
        Viewer viewer = new Viewer(reader, new SectionId("s"), null, Set.of(), Set.of(), false, Set.of());

        ConversationPage page = queries.handle(new ListConversationsQuery(viewer, true, 0, 20));
        assertThat(page.items()).hasSize(20);
        assertThat(page.items().get(0).subject()).isEqualTo("Sujet 1");
        assertThat(page.total()).isEqualTo(ConversationQueries.COUNT_CAP + 1);
        assertThat(page.unreadConversations()).isEqualTo(ConversationQueries.COUNT_CAP + 1);
        assertThat(queries.handle(new FindAlertsQuery(viewer, null)).unreadMessages()).isEqualTo(ConversationQueries.COUNT_CAP + 1);
        // Below the cap, the counts are exact.
        db.execute("UPDATE read_model_query_tests.conversation_participant SET deleted = true WHERE member_id = ? "
                + "AND conversation_id <> ? || '1'", reader.value(), reader.value());
        ConversationPage small = queries.handle(new ListConversationsQuery(viewer, true, 0, 20));
        assertThat(small.total()).isEqualTo(1);
        assertThat(small.unreadConversations()).isEqualTo(1);
    }
}
