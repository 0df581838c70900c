package fr.lacoopol.conversation.postgres;

import fr.lacoopol.readmodel.ReadModelTests;
import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.conversation.event.ConversationDeletedForMemberEvent;
import fr.lacoopol.conversation.event.ConversationMarkedEvent;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The conversations projection on the real PostgreSQL: every event applied twice leaves the same rows. */
class ConversationProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final ConversationProjection projection = new ConversationProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        ConversationId id = ConversationId.random();
        MemberId author = MemberId.random();
        // More recipients than one INSERT holds, as a section's message has.
        List<MemberId> recipients = IntStream.range(0, 2_500).mapToObj(i -> MemberId.random()).toList();
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        List<Runnable> events = List.of(
                () -> projection.on(new ConversationStartedEvent(id, "m-1-" + id, author, recipients, "AG", "Samedi 10h",
                        false, true, new SectionId("s")), at, 0),
                () -> projection.on(new MessagePostedEvent(id, "m-2-" + id, recipients.get(0), "Présent",
                        List.of(author), false), at.plusSeconds(60), 1),
                () -> projection.on(new ConversationMarkedEvent(id, author, true)),
                () -> projection.on(new ConversationMarkedEvent(id, recipients.get(1), false)),
                () -> projection.on(new ConversationDeletedForMemberEvent(id, recipients.get(2))),
                () -> projection.on(new MessagePostedEvent(id, "m-3-" + id, author, "À samedi", recipients, true),
                        at.plusSeconds(120), 2));
        for (Runnable event : events) {
            event.run();
            Map<String, Object> once = snapshot(id);
            event.run();
            assertThat(snapshot(id)).isEqualTo(once);
        }
        assertThat(db.fetchCount(db.selectFrom("read_model_query_tests.conversation_participant")
                .where("conversation_id = ?", id.value()))).isEqualTo(2_501);
        assertThat(db.fetchValue("SELECT unread FROM read_model_query_tests.conversation_participant "
                        + "WHERE conversation_id = ? AND member_id = ?",
                id.value(), recipients.get(0).value())).isEqualTo(2);
        assertThat(db.fetchValue("SELECT deleted FROM read_model_query_tests.conversation_participant "
                        + "WHERE conversation_id = ? AND member_id = ?",
                id.value(), recipients.get(2).value())).isEqualTo(false);
    }

    private Map<String, Object> snapshot(ConversationId id) {
        return Map.of(
                "conversation", db.fetch("SELECT * FROM read_model_query_tests.conversation WHERE conversation_id = ?",
                        id.value()).intoMaps(),
                "participants", db.fetch("SELECT * FROM read_model_query_tests.conversation_participant WHERE conversation_id = ? "
                        + "ORDER BY member_id", id.value()).intoMaps(),
                "messages", db.fetch("SELECT * FROM read_model_query_tests.conversation_message WHERE conversation_id = ? "
                        + "ORDER BY position", id.value()).intoMaps());
    }
}
