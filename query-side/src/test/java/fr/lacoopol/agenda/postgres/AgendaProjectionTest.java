package fr.lacoopol.agenda.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.EventType;
import fr.lacoopol.agenda.ReminderAudience;
import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.EventCreatedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.readmodel.ReadModelTests;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The agenda projection on the real PostgreSQL: every event applied twice leaves the same rows and counts. */
class AgendaProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final AgendaProjection projection = new AgendaProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        EventId id = EventId.random();
        MemberId creator = MemberId.random();
        MemberId lea = MemberId.random();
        MemberId noe = MemberId.random();
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        EventDescription description = new EventDescription(EventType.LEAFLETING, "Tractage", LocalDateTime.parse(
                "2026-12-12T10:00"), null, new EventPlace("Marché d'Aligre", null, "75012", "Paris"), null, true, false, 1, List.of());
        EventDescription moved = new EventDescription(EventType.LEAFLETING, "Tractage", LocalDateTime.parse(
                "2026-12-13T10:00"), null, new EventPlace("Marché d'Aligre", null, "75012", "Paris"), null, true, false, 1, List.of());
        Instant start = Instant.parse("2026-12-12T09:00:00Z");
        List<Runnable> events = List.of(
                () -> projection.on(new EventCreatedEvent(id, creator, new SectionId("s"), description, start, null,
                        "Venez", 3, 24), at, 0),
                () -> projection.on(new InviteesAddedEvent(id, creator, List.of(lea, noe)), 1),
                () -> projection.on(new AnswerGivenEvent(id, lea, Answer.YES, null, false, true), at, 2),
                () -> projection.on(new AnswerGivenEvent(id, noe, Answer.YES, null, true, true), at, 3),
                () -> projection.on(new AnswerGivenEvent(id, lea, Answer.NO, Answer.YES, false, true), at, 4),
                () -> projection.on(new WaitlistPromotedEvent(id, noe), at, 5),
                () -> projection.on(new EventChangedEvent(id, moved, start.plusSeconds(86_400), null, 24, true,
                        List.of(noe)), 6),
                () -> projection.on(new ReminderSentEvent(id, "r-1", creator, ReminderAudience.YES, "Rappel",
                        List.of(noe), false), at, 7),
                () -> projection.on(new EventCancelledEvent(id, creator, null, List.of(noe)), 8));
        for (Runnable event : events) {
            event.run();
            Map<String, Object> once = snapshot(id);
            event.run();
            assertThat(snapshot(id)).isEqualTo(once);
        }
        Map<String, Object> event = db.fetchOne("SELECT * FROM read_model_query_tests.agenda_event WHERE event_id = ?",
                id.value()).intoMap();
        assertThat(event).containsEntry("yes_count", 1).containsEntry("no_count", 1).containsEntry("waitlist_count", 0)
                .containsEntry("invitee_count", 2).containsEntry("cancelled", true);
        assertThat(db.fetchCount(db.selectFrom("read_model_query_tests.event_answer_change")
                .where("event_id = ?", id.value()))).isEqualTo(4);
    }

    private Map<String, Object> snapshot(EventId id) {
        return Map.of(
                // The group ids as text: arrays compare by identity.
                "event", db.fetch("SELECT *, group_ids::text AS group_ids_text FROM read_model_query_tests.agenda_event "
                        + "WHERE event_id = ?", id.value()).intoMaps().stream()
                        .peek(row -> row.remove("group_ids")).toList(),
                "guests", db.fetch("SELECT * FROM read_model_query_tests.event_guest WHERE event_id = ? ORDER BY member_id",
                        id.value()).intoMaps(),
                "history", db.fetch("SELECT * FROM read_model_query_tests.event_answer_change WHERE event_id = ? "
                        + "ORDER BY sequence", id.value()).intoMaps());
    }
}
