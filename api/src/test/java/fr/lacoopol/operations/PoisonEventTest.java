package fr.lacoopol.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.e2e.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One event a projection cannot handle stops only its own aggregate's sequence: the aggregate's later events wait
 * behind it in the dead-letter queue, every other aggregate's events flow, and administrators see the dead letters
 * in health and in the metrics.
 */
class PoisonEventTest extends ApiTestSupport {

    @Autowired
    EventStore eventStore;
    @Autowired
    PoisonProbe probe;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailPoisonProbe mailProbe;
    @Autowired
    DeadLetterRetries retries;

    @AfterEach
    void dropTheDeadLetters() {
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", PoisonProbe.PROCESSOR);
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = 'mail-notifications' "
                + "AND sequenceidentifier LIKE 'mail-poisoned-%'");
        probe.cured = false;
        mailProbe.cured = false;
    }

    @Test
    void onlyThePoisonedSequenceStopsAndTheDeadLettersShow() {
        String poisoned = "poisoned-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        eventStore.publish(List.of(event(poisoned, 0, "poison", true), event(healthy, 0, "healthy first", false)));
        eventStore.publish(List.of(event(poisoned, 1, "after the poison", false),
                event(healthy, 1, "healthy second", false)));

        await("the healthy aggregate's events handled",
                () -> probe.handled.containsAll(List.of("healthy first", "healthy second")));
        await("both events of the poisoned aggregate dead-lettered", () -> deadLetters(poisoned) == 2);
        assertThat(probe.handled).doesNotContain("after the poison");

        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        Answer health = get("/actuator/health/deadLetters", admin);
        assertThat(health.status()).as(health.raw()).isEqualTo(200);
        assertThat(health.body().path("details").path(PoisonProbe.PROCESSOR).asLong()).as(health.raw())
                .isGreaterThanOrEqualTo(2);
        Answer metric = get("/actuator/metrics/coopol.dead.letters?tag=processor:" + PoisonProbe.PROCESSOR, admin);
        assertThat(metric.status()).as(metric.raw()).isEqualTo(200);
        assertThat(metric.body().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(2);
        // The counts are for administrators: anyone else sees the overall status alone.
        assertThat(get("/actuator/health/deadLetters", null).status()).isEqualTo(404);
        assertThat(get("/actuator/health", null).raw()).contains("\"status\"").doesNotContain(PoisonProbe.PROCESSOR);
    }

    @Test
    void anAdministratorListsRetriesAndDropsAProjectionsDeadLetters() {
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        String path = "/api/admin/projections/" + PoisonProbe.PROCESSOR + "/dead-letters";
        String poisoned = "poisoned-" + UUID.randomUUID();
        eventStore.publish(List.of(event(poisoned, 0, "poison " + poisoned, true)));
        eventStore.publish(List.of(event(poisoned, 1, "after " + poisoned, false)));
        await("both dead-lettered", () -> deadLetters(poisoned) == 2);

        JsonNode sequences = get(path, admin).body();
        JsonNode letters = null;
        for (JsonNode sequence : sequences) {
            if (sequence.at("/letters/0/aggregateId").asText().equals(poisoned)) letters = sequence.path("letters");
        }
        assertThat(letters).as(sequences.toString()).isNotNull().hasSize(2);
        assertThat(letters.get(0).path("eventType").asText()).isEqualTo("ProbeEvent");
        assertThat(letters.get(0).path("sequenceNumber").asLong()).isZero();
        assertThat(letters.get(0).path("causeMessage").asText()).contains("a poison event");
        assertThat(letters.toString()).as("never the payload").doesNotContain("poison " + poisoned);

        // Retried before the fix: still there. After it: handled in order, gone from the queue.
        assertThat(post(path + "/retry", admin, Map.of()).body().path("sequencesHandled").asInt()).isZero();
        assertThat(deadLetters(poisoned)).isEqualTo(2);
        probe.cured = true;
        JsonNode retried = post(path + "/retry", admin, Map.of()).body();
        assertThat(retried.path("sequencesHandled").asInt()).as(retried.toString()).isEqualTo(1);
        assertThat(deadLetters(poisoned)).isZero();
        assertThat(probe.handled).contains("poison " + poisoned, "after " + poisoned);

        // Dropped: the projection forgets them (the events stay in the store).
        probe.cured = false;
        String dropped = "dropped-" + UUID.randomUUID();
        eventStore.publish(List.of(event(dropped, 0, "poison " + dropped, true)));
        await("dead-lettered", () -> deadLetters(dropped) == 1);
        assertThat(send(builder(path, admin).DELETE()).body().path("dropped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(deadLetters(dropped)).isZero();
        assertThat(get(path, admin).body()).isEmpty();

        assertThat(get(path, tokenOf(demo("sabine.un"))).status()).isEqualTo(403);
        assertThat(get("/api/admin/projections/member-profiles-nope/dead-letters", admin).status()).isEqualTo(404);
    }

    @Test
    void aPoisonEventStopsNoEMailButItsOwnSequenceAndIsRetriedByItselfOnceFixed() {
        String poisoned = "mail-poisoned-" + UUID.randomUUID();
        eventStore.publish(List.of(event(poisoned, 0, MailPoisonProbe.POISON + poisoned, false)));
        await("dead-lettered by the mail processor", () -> deadLetters("mail-notifications", poisoned) == 1);

        // Every other e-mail still goes: a password reset asked after the poison arrives.
        TestSection section = newSection("Section Courrier " + UUID.randomUUID().toString().substring(0, 6), "75128");
        TestMember member = newMember(section, "Paula", "Postale");
        assertThat(post("/api/auth/password-reset-requests", null, Map.of("email", member.email())).status())
                .isEqualTo(202);
        assertThat(awaitMail(member.email(), "mot de passe")).isNotNull();

        // Retried on schedule: still failing, it waits; once fixed, it is handled and gone.
        assertThat(retries.retry("mail-notifications").remaining()).isGreaterThanOrEqualTo(1);
        mailProbe.cured = true;
        retries.retryEverywhere();
        assertThat(deadLetters("mail-notifications", poisoned)).isZero();
        assertThat(mailProbe.handled).contains(MailPoisonProbe.POISON + poisoned);
    }

    private long deadLetters(String processor, String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ? "
                + "AND sequenceidentifier = ?", Long.class, processor, aggregateId);
        return count == null ? 0 : count;
    }

    private long deadLetters(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ? "
                + "AND sequenceidentifier = ?", Long.class, PoisonProbe.PROCESSOR, aggregateId);
        return count == null ? 0 : count;
    }

    private static GenericDomainEventMessage<PoisonProbe.ProbeEvent> event(String aggregateId, long sequence,
                                                                         String label, boolean poison) {
        return new GenericDomainEventMessage<>("PoisonProbe", aggregateId, sequence,
                new PoisonProbe.ProbeEvent(label, poison), MetaData.emptyInstance());
    }
}
