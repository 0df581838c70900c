package fr.lacoopol.coopain.postgres;

import fr.lacoopol.readmodel.ReadModelTests;
import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.coopain.event.CoopainRemovedEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.coopain.event.CoopainRequestRefusedEvent;
import fr.lacoopol.coopain.event.CoopainRequestedEvent;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The coopains projection on the real PostgreSQL: every event applied twice leaves the same rows. */
class CoopainProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final CoopainProjection projection = new CoopainProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        MemberId a = MemberId.random();
        MemberId b = MemberId.random();
        CoopainshipId pair = CoopainshipId.between(a, b);
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        List<Runnable> events = List.of(
                () -> projection.on(new CoopainRequestedEvent(pair, a, b), at),
                () -> projection.on(new CoopainRequestRefusedEvent(pair, a, b)),
                () -> projection.on(new CoopainRequestedEvent(pair, b, a), at.plusSeconds(60)),
                () -> projection.on(new CoopainRequestAcceptedEvent(pair, b, a), at.plusSeconds(120)));
        for (Runnable event : events) {
            event.run();
            Map<String, Object> once = snapshot(a, b);
            event.run();
            assertThat(snapshot(a, b)).isEqualTo(once);
        }
        assertThat(db.fetchCount(db.selectFrom("read_model_query_tests.coopain").where("member_id in (?, ?)", a.value(), b.value())))
                .isEqualTo(2);
        assertThat(db.fetchCount(db.selectFrom("read_model_query_tests.coopain_request").where("coopainship_id = ?", pair.value())))
                .isZero();
        projection.on(new CoopainRemovedEvent(pair, a, b));
        projection.on(new CoopainRemovedEvent(pair, a, b));
        assertThat(db.fetchCount(db.selectFrom("read_model_query_tests.coopain").where("member_id in (?, ?)", a.value(), b.value())))
                .isZero();
    }

    private Map<String, Object> snapshot(MemberId a, MemberId b) {
        return Map.of(
                "requests", db.fetch("SELECT * FROM read_model_query_tests.coopain_request WHERE asker_id IN (?, ?)", a.value(), b.value())
                        .intoMaps(),
                "coopains", db.fetch("SELECT * FROM read_model_query_tests.coopain WHERE member_id IN (?, ?) ORDER BY member_id",
                        a.value(), b.value()).intoMaps());
    }
}
