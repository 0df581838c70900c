package fr.lacoopol.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16's first fault: PostgreSQL killed outright (kill -9 of its postmaster) while members change their status,
 * then started again by the project's own script. Meanwhile every request answers 202 or 503, never 500; afterwards
 * every command answered 202 is in the store, and the read model holds exactly what the store holds — no event the
 * store lost, none it kept missing.
 */
class DatabaseCrashTest extends ApiTestSupport {

    private static final int MEMBERS = 4;

    @Autowired
    JdbcTemplate jdbc;

    /** One status change asked for, and the status the API answered (-1: no answer at all). */
    private record Attempt(String text, int status) {
    }

    @Test
    void everyAcknowledgedCommandSurvivesAKilledDatabaseAndTheReadModelMatchesTheStore() throws Exception {
        TestSection section = newSection("Panne-de-Base", "75137");
        List<TestMember> members = new ArrayList<>();
        Map<String, List<Attempt>> attempts = new ConcurrentHashMap<>();
        for (int i = 0; i < MEMBERS; i++) {
            TestMember member = newMember(section, "Basile", "Panne" + i);
            members.add(member);
            attempts.put(member.id(), Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(MEMBERS);
        for (TestMember member : members) {
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String text = "essai " + i;
                    int status;
                    try {
                        status = put("/api/me/status", member.token(), Map.of("text", text)).status();
                    } catch (RuntimeException noAnswer) {
                        status = -1;
                    }
                    attempts.get(member.id()).add(new Attempt(text, status));
                    Thread.sleep(5);
                }
                return null;
            });
        }
        try {
            await("commands flowing", () -> members.stream().allMatch(m -> acknowledged(attempts.get(m.id())) >= 5));
            killPostgres();
            await("commands refused while PostgreSQL is down", () -> attempts.values().stream()
                    .anyMatch(list -> snapshot(list).stream().anyMatch(a -> a.status() == 503)), 60);
        } finally {
            restartPostgres();
        }
        Map<String, Integer> before = new ConcurrentHashMap<>();
        members.forEach(m -> before.put(m.id(), acknowledged(attempts.get(m.id()))));
        await("commands flowing again", () -> members.stream()
                .allMatch(m -> acknowledged(attempts.get(m.id())) >= before.get(m.id()) + 5), 120);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        for (TestMember member : members) {
            List<Attempt> tried = snapshot(attempts.get(member.id()));
            assertThat(tried).as("every answer 202 or 503").allMatch(a -> a.status() == 202 || a.status() == 503);
            long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                    + " AND payloadtype LIKE '%StatusChangedEvent'", Long.class, member.id());
            assertThat(stored).as("every acknowledged change is in the store").isGreaterThanOrEqualTo(acknowledged(tried))
                    .isLessThanOrEqualTo(tried.size());
            long head = jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                    Long.class, member.id());
            await("the read model at the store's last event of " + member.id(), () -> head == jdbc.queryForObject(
                    "SELECT last_event_sequence FROM read_model.member_profile WHERE member_id = ?", Long.class, member.id()),
                    120);
            // The status shown is the last one acknowledged, or one asked after it whose answer was lost with the
            // database but which the store kept.
            int lastAcknowledged = lastIndexOf(tried, 202);
            List<String> possible = tried.subList(lastAcknowledged, tried.size()).stream().map(Attempt::text).toList();
            String shown = get("/api/members/" + member.id(), section.secretary()).body().at("/status/text").asText();
            assertThat(possible).as("the status shown").contains(shown);
        }
    }

    private static int acknowledged(List<Attempt> attempts) {
        return (int) snapshot(attempts).stream().filter(a -> a.status() == 202).count();
    }

    private static List<Attempt> snapshot(List<Attempt> attempts) {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    private static int lastIndexOf(List<Attempt> attempts, int status) {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).status() == status) return i;
        }
        throw new AssertionError("no attempt answered " + status);
    }

    /** The postmaster of the cluster on port 5432, killed without a chance to shut down. */
    private static void killPostgres() throws IOException, InterruptedException {
        run("kill -9 \"$(head -1 \"$(pg_lsclusters -h | awk '$3 == 5432 {print $6}')/postmaster.pid\")\"");
    }

    /**
     * The project's own script starts it again, as on any machine. Its backends outlive a killed postmaster by a
     * moment, and a new one will not start while they hold the shared memory: a few tries.
     */
    private static void restartPostgres() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        String output = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            File log = Files.createTempFile("coopol-services", ".log").toFile();
            Process services = new ProcessBuilder("bash", root.resolve("coopol").toString(), "services")
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log).start();
            if (services.waitFor(180, TimeUnit.SECONDS) && services.exitValue() == 0) return;
            output = Files.readString(log.toPath());
            Thread.sleep(2_000);
        }
        throw new AssertionError("./coopol services could not start PostgreSQL again: " + output);
    }

    private static void run(String script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script));
        if (!"root".equals(System.getProperty("user.name"))) command.addAll(0, List.of("sudo", "-u", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0).as("%s: %s", script, output).isTrue();
    }
}
