package fr.lacoopol.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.CoopolApplication;
import fr.lacoopol.e2e.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * OPS-4 in the JDBC mode: a second instance of the application on the same database, requests spread over both.
 * Each instance handles the commands it receives and keeps the aggregates it handled in memory, so every other
 * command of these members meets a copy made stale by the other instance: the store refuses its events, and the
 * command is sent again (ConcurrentChangeRetry). Nothing is lost or doubled: every change answered 202 is in the
 * store once, each member's events are numbered without a gap, the read model holds the last change, and an
 * e-mail sent through either instance arrives once, whichever instance's processors and mail dispatcher run.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoInstancesTest extends ApiTestSupport {

    private static final int MEMBERS = 3;
    private static final int CHANGES = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoInstancesOnOneDatabaseLoseNothingAndDoubleNothing() throws Exception {
        TestSection section = newSection("Deux instances", "75138");
        List<TestMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) members.add(newMember(section, "Dora", "Double" + i));

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CoopolApplication.class)
                .run(anotherInstance())) {
            int[] ports = {port, Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"))};
            ExecutorService clients = Executors.newFixedThreadPool(MEMBERS);
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (TestMember member : members) {
                answers.add(clients.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < CHANGES; i++) {
                        statuses.add(send(builder(ports[i % 2], "/api/me/status", member.token())
                                .header("Content-Type", "application/json")
                                .PUT(json(Map.of("text", "changement " + i)))).status());
                    }
                    return statuses;
                }));
            }
            String subject = "Par l'autre instance " + unique();
            Answer sent = send(builder(ports[1], "/api/conversations", members.get(0).token())
                    .header("Content-Type", "application/json").POST(json(Map.of(
                    "recipientIds", List.of(members.get(1).id()), "subject", subject, "body", "Une seule fois",
                    "noReply", false))));
            assertThat(sent.status()).as(sent.raw()).isEqualTo(201);

            for (int m = 0; m < MEMBERS; m++) {
                TestMember member = members.get(m);
                assertThat(answers.get(m).get()).as("every change accepted, on either instance").containsOnly(202);
                long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                        + " AND payloadtype LIKE '%StatusChangedEvent'", Long.class, member.id());
                assertThat(stored).as("each change stored once").isEqualTo(CHANGES);
                Map<String, Object> sequence = jdbc.queryForMap("SELECT count(*) AS events, max(sequencenumber) AS head "
                        + "FROM domainevententry WHERE aggregateidentifier = ?", member.id());
                long head = ((Number) sequence.get("head")).longValue();
                assertThat(((Number) sequence.get("events")).longValue()).as("no gap in the member's events").isEqualTo(head + 1);
                for (int port : ports) {
                    await("the last change shown by the instance on port " + port, () -> ("changement " + (CHANGES - 1)).equals(
                            send(builder(port, "/api/members/" + member.id(), section.secretary()).GET()).body()
                                    .at("/status/text").asText()));
                }
            }
            clients.shutdown();

            awaitMail(members.get(1).email(), subject);
            Thread.sleep(3_000);
            assertThat(mailbox(members.get(1).email()).stream().filter(mail -> mail.subject().contains(subject)))
                    .as("one e-mail, whichever instance sent it").hasSize(1);
        }
    }
}
