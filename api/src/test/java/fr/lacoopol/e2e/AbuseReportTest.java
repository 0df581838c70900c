package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MOD-1: "signaler un abus" on what one can see, the moderators' queue, and a report closed with its decision. */
class AbuseReportTest extends ApiTestSupport {

    @Test
    void aMemberReportsWhatTheyCanSeeAndAModeratorClosesTheReportWithADecision() {
        TestSection section = newSection("Section Signalements " + unique(), "75132");
        TestMember author = newMember(section, "Auguste", "Auteur");
        TestMember reader = newMember(section, "Rose", "Lectrice");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        String post = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Un lien douteux " + unique(),
                "url", "https://www.lacoopol.fr/douteux", "publicPost", true)).text("id");
        String group = post("/api/groups", author.token(), Map.of("name", "Groupe fermé " + unique(), "access",
                "ON_REQUEST")).text("id");
        String hidden = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Réservé au groupe",
                "url", "https://www.lacoopol.fr/groupe", "groupIds", List.of(group))).text("id");
        String comment = await("the post, to comment", () -> {
            Answer added = post("/api/posts/" + post + "/comments", author.token(), Map.of("body", "Un commentaire"));
            return added.status() == 201 ? added.text("id") : null;
        });

        String reason = "Propos injurieux " + unique();
        Answer reported = post("/api/abuse-reports", reader.token(), Map.of("kind", "POST", "id", post, "reason", reason));
        assertThat(reported.status()).as(reported.raw()).isEqualTo(201);
        assertThat(await("the comment, to report", () -> {
            Answer answer = post("/api/abuse-reports", reader.token(), Map.of("kind", "COMMENT", "id", comment,
                    "reason", "Hors sujet"));
            return answer.status() == 201 ? answer : null;
        }).status()).isEqualTo(201);
        assertThat(post("/api/abuse-reports", reader.token(), Map.of("kind", "PROFILE", "id", author.id(),
                "reason", "Faux profil")).status()).isEqualTo(201);
        // What one cannot see cannot be reported: the same 404 as for what does not exist.
        assertThat(post("/api/abuse-reports", reader.token(), Map.of("kind", "POST", "id", hidden, "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(post("/api/abuse-reports", reader.token(), Map.of("kind", "EVENT", "id", "nope", "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(post("/api/abuse-reports", reader.token(), Map.of("kind", "TWEET", "id", post, "reason", "x"))
                .status()).isEqualTo(400);
        assertThat(post("/api/abuse-reports", reader.token(), Map.of("kind", "POST", "id", post, "reason", " "))
                .status()).isEqualTo(400);

        assertThat(awaitMail("equipe-animation@lacoopol.fr", "[Signalement] POST " + post).body())
                .contains(reason, "Rose Lectrice").doesNotContain(reader.email());
        JsonNode queue = get("/api/admin/abuse-reports?size=100", admin).body().path("items");
        JsonNode report = null;
        for (JsonNode item : queue) {
            if (item.path("reason").asText().equals(reason)) report = item;
        }
        assertThat(report).as(queue.toString()).isNotNull();
        assertThat(report.path("kind").asText()).isEqualTo("POST");
        assertThat(report.path("targetId").asText()).isEqualTo(post);
        assertThat(report.path("reporterId").asText()).isEqualTo(reader.id());
        assertThat(get("/api/admin/abuse-reports", reader.token()).status()).isEqualTo(403);

        String id = report.path("reportId").asText();
        assertThat(post("/api/admin/abuse-reports/" + id + "/close", admin, Map.of("decision", "Rien d'injurieux"))
                .status()).isEqualTo(204);
        assertThat(post("/api/admin/abuse-reports/" + id + "/close", admin, Map.of("decision", "encore")).status())
                .as("closed once").isEqualTo(404);
        assertThat(get("/api/admin/abuse-reports?size=100", admin).body().path("items").findValuesAsText("reportId"))
                .doesNotContain(id);
        JsonNode closed = get("/api/admin/abuse-reports?state=closed&size=100", admin).body().path("items");
        assertThat(closed.findValuesAsText("decision")).contains("Rien d'injurieux");
        assertThat(get("/api/admin/abuse-reports?state=maybe", admin).status()).isEqualTo(400);
    }
}
