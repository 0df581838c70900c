package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch stopped for real, then started again by the project's own script: meanwhile the directory
 * answers 503 with Retry-After and readiness is DOWN, while everything PostgreSQL serves goes on; once it is
 * back, readiness is UP and the directory has caught up with what changed during the outage, nothing skipped.
 */
class SearchOutageTest extends ApiTestSupport {

    private static final String ELASTICSEARCH = "http://127.0.0.1:9200";

    @Test
    void aStoppedSearchEngineAnswers503ThenCatchesUpOnceBack() throws Exception {
        TestSection section = newSection("Panne-sur-Recherche", "75107");
        TestMember member = newMember(section, "Pierre", "Avantpanne");
        String viewer = section.secretary();
        await("the member in the directory", () -> get("/api/members?q=avantpanne", viewer).raw().contains(member.id()));

        long pid = elasticsearchPid();
        try {
            new ProcessBuilder("kill", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            await("Elasticsearch stopped", () -> !elasticsearchAnswers(), 60);

            await("readiness DOWN", () -> get("/actuator/health/readiness", null).status() == 503);
            Answer search = get("/api/members?q=avantpanne", viewer);
            assertThat(search.status()).isEqualTo(503);
            assertThat(search.text("code")).isEqualTo("service_unavailable");
            assertThat(send(builder("/api/members?q=x", viewer).GET()).status()).isEqualTo(503);
            // What PostgreSQL serves goes on, and so do the commands.
            assertThat(get("/api/me", member.token()).status()).isEqualTo(200);
            assertThat(put("/api/me/connection", member.token(), Map.of("firstName", "Pierre", "lastName", "Pendantpanne",
                    "email", member.email())).status()).isEqualTo(202);
        } finally {
            restartElasticsearch();
        }

        await("readiness UP", () -> get("/actuator/health/readiness", null).status() == 200, 120);
        JsonNode found = await("the name changed during the outage, in the directory", () -> {
            JsonNode items = get("/api/members?q=pendantpanne", viewer).body().path("items");
            return items.size() == 1 ? items.get(0) : null;
        }, 120);
        assertThat(found.path("memberId").asText()).isEqualTo(member.id());
    }

    private static long elasticsearchPid() throws IOException, InterruptedException {
        HttpResponse<String> nodes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ELASTICSEARCH + "/_nodes/_local/process?filter_path=nodes.*.process.id")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode process = JSON.readTree(nodes.body()).path("nodes").elements().next().path("process");
        return process.path("id").asLong();
    }

    private static boolean elasticsearchAnswers() {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(ELASTICSEARCH + "/_cluster/health")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The project's own script starts it, as on any machine: it is the one place where services are started. */
    private static void restartElasticsearch() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        File log = Files.createTempFile("coopol-services", ".log").toFile();
        Process services = new ProcessBuilder("bash", root.resolve("coopol").toString(), "services")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log).start();
        boolean done = services.waitFor(180, TimeUnit.SECONDS);
        assertThat(done && services.exitValue() == 0).as("./coopol services: %s", Files.readString(log.toPath())).isTrue();
    }
}
