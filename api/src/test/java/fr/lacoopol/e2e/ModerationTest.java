package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MOD-1: content a moderator hides leaves every read path — the item itself, feeds, walls, comments, lists, the search
 * box over Elasticsearch and PostgreSQL — for everyone, its author included; the author is e-mailed why; a moderator
 * shows it again. MOD-3: the decisions form a log the federation's referents read, and nobody else.
 */
class ModerationTest extends ApiTestSupport {

    @Test
    void hiddenContentLeavesEveryReadPathAndTheDecisionIsLoggedForTheFederation() {
        String word = "zanzibar" + unique().replaceAll("[0-9]", "x");
        TestSection section = newSection("Section Modération " + unique(), "75133");
        TestMember author = newMember(section, "Octave", "Auteur-" + word);
        TestMember reader = newMember(section, "Rita", "Lectrice");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        assertThat(put("/api/me/visibility", author.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);

        String post = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Lien " + word,
                "url", "https://www.lacoopol.fr/" + word, "publicPost", true)).text("id");
        String readersPost = post("/api/posts", reader.token(), Map.of("type", "LINK", "title", "Question",
                "url", "https://www.lacoopol.fr/question", "publicPost", true)).text("id");
        String comment = await("the reader's post, to comment", () -> {
            Answer added = post("/api/posts/" + readersPost + "/comments", author.token(), Map.of("body", "Insulte " + word));
            return added.status() == 201 ? added.text("id") : null;
        });
        String group = post("/api/groups", author.token(), Map.of("name", "Cercle " + word)).text("id");
        String start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(5).withNano(0).toString();
        String event = post("/api/events", author.token(), Map.of("type", "DEBATE", "title", "Débat " + word,
                "startsAt", start, "place", Map.of("street", "1 rue du Bac", "postalCode", "75007", "city", "Paris"),
                "publicEvent", true)).text("id");

        // Everything is seen first, so that what follows can fail.
        await("every kind found", () -> {
            JsonNode found = get("/api/search?q=" + word, reader.token()).body();
            return found.at("/members/total").asInt() == 1 && found.at("/groups/total").asInt() == 1
                    && found.at("/events/total").asInt() == 1 && found.at("/posts/total").asInt() == 1 ? found : null;
        });
        await("the comment shown", () -> get("/api/posts/" + readersPost, reader.token()).body().path("comments")
                .findValuesAsText("commentId").contains(comment) ? true : null);

        for (Map<String, String> content : List.of(Map.of("kind", "POST", "id", post), Map.of("kind", "COMMENT", "id", comment),
                Map.of("kind", "GROUP", "id", group), Map.of("kind", "EVENT", "id", event),
                Map.of("kind", "PROFILE", "id", author.id()))) {
            Answer hidden = post("/api/admin/moderation/hide", admin, Map.of("kind", content.get("kind"), "id",
                    content.get("id"), "reason", "Contraire à la charte (" + content.get("kind") + ")"));
            assertThat(hidden.status()).as(hidden.raw()).isEqualTo(204);
        }
        assertThat(post("/api/admin/moderation/hide", admin, Map.of("kind", "POST", "id", post, "reason", "encore"))
                .status()).as("hidden once").isEqualTo(409);
        assertThat(post("/api/admin/moderation/hide", admin, Map.of("kind", "POST", "id", "nope", "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(post("/api/admin/moderation/hide", reader.token(), Map.of("kind", "POST", "id", readersPost,
                "reason", "x")).status()).as("moderators only").isEqualTo(403);

        await("nothing found any more", () -> {
            JsonNode found = get("/api/search?q=" + word, reader.token()).body();
            return found.at("/members/total").asInt() == 0 && found.at("/groups/total").asInt() == 0
                    && found.at("/events/total").asInt() == 0 && found.at("/posts/total").asInt() == 0 ? found : null;
        });
        await("the post gone", () -> get("/api/posts/" + post, reader.token()).status() == 404 ? true : null);
        assertThat(get("/api/posts/" + post, author.token()).status()).as("for its author too").isEqualTo(404);
        assertThat(get("/api/posts/" + readersPost, reader.token()).body().path("comments").findValuesAsText("commentId"))
                .doesNotContain(comment);
        assertThat(get("/api/events/" + event, reader.token()).status()).isEqualTo(404);
        assertThat(get("/api/events?q=" + word, author.token()).body().path("total").asInt()).isZero();
        assertThat(get("/api/groups/" + group, reader.token()).status()).isEqualTo(404);
        assertThat(get("/api/groups?q=" + word, author.token()).body().path("total").asInt()).isZero();
        assertThat(get("/api/members/" + author.id(), reader.token()).status()).isEqualTo(404);
        assertThat(get("/api/members/" + author.id(), section.secretary()).status()).as("their secretary still sees them")
                .isEqualTo(200);
        assertThat(get("/api/me/feed?size=100", reader.token()).raw()).doesNotContain(post, word);
        assertThat(get("/api/members/" + author.id() + "/wall", author.token()).raw()).doesNotContain(post);

        Mail told = awaitMail(author.email(), "Ta publication a été masquée");
        assertThat(told.body()).contains("Lien " + word, "Contraire à la charte (POST)");
        assertThat(awaitMail(author.email(), "Ton profil a été masqué").body()).contains("Contraire à la charte (PROFILE)");

        // MOD-3: the referent of the author's federation reads who decided what, when and why; a member does not.
        String referent = tokenOf(demo("camille.referent"));
        JsonNode log = get("/api/federations/" + section.federationId() + "/moderation-log?size=100", referent).body()
                .path("items");
        List<String> mine = new java.util.ArrayList<>();
        for (JsonNode entry : log) {
            if (entry.path("authorId").asText().equals(author.id())) mine.add(entry.path("kind").asText());
        }
        assertThat(mine).as(log.toString()).containsExactlyInAnyOrder("POST", "COMMENT", "GROUP", "EVENT", "PROFILE");
        assertThat(log.findValuesAsText("moderator")).contains("administrator");
        assertThat(log.findValuesAsText("action")).contains("HIDDEN");
        assertThat(get("/api/federations/" + section.federationId() + "/moderation-log", reader.token()).status())
                .isEqualTo(404);
        assertThat(get("/api/admin/moderation-log", reader.token()).status()).isEqualTo(403);

        // Shown again: found again, and the author told.
        assertThat(post("/api/admin/moderation/restore", admin, Map.of("kind", "POST", "id", post, "reason",
                "Erreur de notre part")).status()).isEqualTo(204);
        assertThat(post("/api/admin/moderation/restore", admin, Map.of("kind", "POST", "id", post, "reason",
                "encore")).status()).isEqualTo(409);
        await("the post found again", () -> get("/api/search?q=" + word, reader.token()).body().at("/posts/total")
                .asInt() == 1 ? true : null);
        assertThat(get("/api/posts/" + post, reader.token()).status()).isEqualTo(200);
        assertThat(awaitMail(author.email(), "Ta publication est de nouveau visible").body()).contains("Erreur de notre part");
        await("the restoration logged", () -> get("/api/admin/moderation-log?size=100", admin).body().path("items")
                .findValuesAsText("reason").contains("Erreur de notre part") ? true : null);
    }

    @Test
    void aModeratorHidesWhatAReportNamesAndTheReportIsClosed() {
        TestSection section = newSection("Section Signalée " + unique(), "75134");
        TestMember author = newMember(section, "Fulbert", "Fâcheux");
        TestMember reader = newMember(section, "Irène", "Indignée");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        String post = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Provocation " + unique(),
                "url", "https://www.lacoopol.fr/provocation", "publicPost", true)).text("id");
        String reason = "Propos haineux " + unique();
        Answer reported = await("the post, to report", () -> {
            Answer answer = post("/api/abuse-reports", reader.token(), Map.of("kind", "POST", "id", post, "reason", reason));
            return answer.status() == 201 ? answer : null;
        });

        Answer hidden = post("/api/admin/abuse-reports/" + reported.text("id") + "/hide", admin,
                Map.of("reason", "Propos haineux, contraires à la charte"));
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(204);
        await("the post gone", () -> get("/api/posts/" + post, reader.token()).status() == 404 ? true : null);
        assertThat(get("/api/admin/abuse-reports?size=100", admin).body().path("items").findValuesAsText("reportId"))
                .doesNotContain(reported.text("id"));
        assertThat(post("/api/admin/abuse-reports/" + reported.text("id") + "/hide", admin, Map.of("reason", "x"))
                .status()).as("closed once").isEqualTo(404);
        JsonNode log = get("/api/federations/" + section.federationId() + "/moderation-log?size=100",
                tokenOf(demo("camille.referent"))).body().path("items");
        List<String> actions = new java.util.ArrayList<>();
        for (JsonNode entry : log) {
            if (entry.path("contentId").asText().equals(post)) actions.add(entry.path("action").asText());
        }
        assertThat(actions).as(log.toString()).contains("REPORT_CLOSED");
        await("the hiding logged", () -> {
            JsonNode entries = get("/api/admin/moderation-log?size=100", admin).body().path("items");
            for (JsonNode entry : entries) {
                if (entry.path("contentId").asText().equals(post) && entry.path("action").asText().equals("HIDDEN")) return true;
            }
            return null;
        });
    }
}
