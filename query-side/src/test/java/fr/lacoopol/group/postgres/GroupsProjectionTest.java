package fr.lacoopol.group.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.group.event.GroupAdministratorChangedEvent;
import fr.lacoopol.group.event.GroupChangedEvent;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinRequestedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.group.event.GroupLeftEvent;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.readmodel.ReadModelTests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The groups projection on the real PostgreSQL: every event applied twice leaves the same rows. */
class GroupsProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final GroupsProjection projection = new GroupsProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        GroupId group = GroupId.random();
        MemberId sophie = MemberId.random();
        MemberId victor = MemberId.random();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        List<Runnable> events = List.of(
                () -> projection.on(new GroupCreatedEvent(group, sophie, "Colleurs du 7ᵉ", "Élections", GroupAccess.ON_REQUEST), at),
                () -> projection.on(new GroupJoinRequestedEvent(group, victor), at.plusSeconds(60)),
                () -> projection.on(new GroupJoinedEvent(group, victor, sophie), at.plusSeconds(120)),
                () -> projection.on(new GroupChangedEvent(group, "Colleurs", null, GroupAccess.OPEN)),
                () -> projection.on(new GroupAdministratorChangedEvent(group, victor, sophie, true)),
                () -> projection.on(new GroupLeftEvent(group, sophie, null, true)));
        for (Runnable event : events) {
            event.run();
            Map<String, Object> once = snapshot(group);
            event.run();
            assertThat(snapshot(group)).isEqualTo(once);
        }
        assertThat(db.fetch("SELECT member_id, role FROM read_model_query_tests.group_member WHERE group_id = ?", group.value())
                .intoMaps()).containsExactly(Map.of("member_id", victor.value(), "role", "ADMINISTRATOR"));
        assertThat(db.fetchValue("SELECT access || ' ' || folded_words FROM read_model_query_tests.member_group "
                + "WHERE group_id = ?", group.value())).isEqualTo("OPEN colleurs");
    }

    private Map<String, Object> snapshot(GroupId group) {
        return Map.of(
                "group", db.fetch("SELECT * FROM read_model_query_tests.member_group WHERE group_id = ?", group.value()).intoMaps(),
                "members", db.fetch("SELECT * FROM read_model_query_tests.group_member WHERE group_id = ? ORDER BY member_id",
                        group.value()).intoMaps());
    }
}
