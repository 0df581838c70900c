package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.e2e.ApiTestSupport;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AUD-4: a history stored by an earlier release, in its shapes (the fixture file, written by hand, not by today's
 * code), replays through today's upcasters into today's events, read models and audit; events stored today carry
 * their class's revision.
 */
class HistoryFixtureTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventStore eventStore;

    @Test
    void aHistoryStoredInOlderShapesReplaysIntoTodaysEventsReadModelsAndAudit() throws IOException {
        String member = UUID.randomUUID().toString();
        JsonNode fixture = fixture(Map.of("{{member}}", member, "{{section}}", UUID.randomUUID().toString(),
                "{{federation}}", UUID.randomUUID().toString()));
        transactions.executeWithoutResult(status -> {
            long sequence = 0;
            for (JsonNode event : fixture.path("events")) {
                jdbc.update("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                      payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""", member, sequence++, fixture.path("aggregateType").asText(),
                        UUID.randomUUID().toString(), bytes(event.path("metaData")), bytes(event.path("payload")),
                        event.path("payloadType").asText(), event.path("timestamp").asText());
            }
        });

        // Read from the store, the old shape arrives in today's: the activities under their new name.
        List<Object> payloads = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(member, 0);
        while (stream.hasNext()) payloads.add(stream.next().getPayload());
        assertThat(payloads).hasSize(5);
        PoliticalActivitiesChangedEvent activities = (PoliticalActivitiesChangedEvent) payloads.get(3);
        assertThat(activities.politicalActivities().localEngagements()).isEqualTo("Conseil de quartier Belleville");
        assertThat(activities.politicalActivities().partyResponsibilities()).containsExactly("Trésorière de section");

        // Today's projections, which follow the store, build today's read model from it.
        Map<String, Object> profile = await("the fixture's member projected", () -> {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT first_name, email, political_activities, status_text, account_state, charter_version
                    FROM read_model.member_profile WHERE member_id = ?""", member);
            return rows.isEmpty() || rows.get(0).get("status_text") == null ? null : rows.get(0);
        });
        assertThat(profile).containsEntry("first_name", "Ancienne").containsEntry("email", "ancienne.forme@exemple.fr")
                .containsEntry("status_text", "En tractage au marché").containsEntry("account_state", "ACTIVE")
                .containsEntry("charter_version", "2026-01");
        assertThat((String) profile.get("political_activities")).contains("Conseil de quartier Belleville");

        // The auditor's as-of read folds the same history.
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        JsonNode state = get("/api/audit/members/" + member + "/state?at=2026-11-04T12:00:00Z", admin).body();
        assertThat(state.path("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(state.at("/state/politicalActivities/localEngagements").asText()).isEqualTo("Conseil de quartier Belleville");
        assertThat(state.at("/state/status").isMissingNode() || state.at("/state/status").isNull()).isTrue();

        // What is stored today carries its class's revision.
        TestSection section = newSection("Section Révisions " + unique(), "75127");
        TestMember today = newMember(section, "Rose", "Révision");
        assertThat(put("/api/me/political-activities", today.token(), Map.of("localEngagements", "Jardins partagés"))
                .status()).isEqualTo(202);
        assertThat(jdbc.queryForList("SELECT payloadtype || ':' || payloadrevision FROM domainevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", String.class, today.id()))
                .contains("fr.lacoopol.member.event.PoliticalActivitiesChangedEvent:2",
                        "fr.lacoopol.member.event.InvitationAcceptedEvent:1");
    }

    private static JsonNode fixture(Map<String, String> ids) throws IOException {
        try (InputStream in = HistoryFixtureTest.class.getResourceAsStream("/history/member-before-revisions.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> id : ids.entrySet()) text = text.replace(id.getKey(), id.getValue());
            return JSON.readTree(text);
        }
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
