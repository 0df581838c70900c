package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DASH-3 and PST-6: what a coopain did, each deed shown only if the viewer may see what it names: a post of a group
 * they are not in, a coopain who hides their profile, an event they are not invited to stay out of their feed.
 */
class ActivityTest extends ApiTestSupport {

    @Test
    void theCoopainsFeedShowsWhatTheViewerMaySeeAndNothingElse() {
        TestSection here = newSection("Section Activité " + unique(), "75113");
        TestSection there = newSection("Section Lointaine " + unique(), "75114");
        TestMember alice = newMember(here, "Alice", "Active");
        TestMember bruno = newMember(here, "Bruno", "Lecteur");
        TestMember chloe = newMember(here, "Chloé", "Organisatrice");
        TestMember hidden = newMember(there, "Hector", "Discret");
        TestMember dora = newMember(there, "Dora", "Dehors");
        assertThat(put("/api/me/visibility", alice.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        assertThat(put("/api/me/visibility", hidden.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
        becomeCoopains(alice, bruno);
        becomeCoopains(hidden, alice);

        String everyone = post("/api/posts", alice.token(), Map.of("type", "LINK", "title", "Pour tous", "url",
                "https://a.fr")).text("id");
        String group = post("/api/groups", alice.token(), Map.of("name", "Cercle " + unique())).text("id");
        String groupOnly = post("/api/posts", alice.token(), Map.of("type", "LINK", "title", "Pour le cercle", "url",
                "https://a.fr", "groupIds", List.of(group))).text("id");
        assertThat(put("/api/me/status", alice.token(), Map.of("text", "En campagne")).status()).isEqualTo(202);
        String start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(3).withNano(0).toString();
        Map<String, Object> place = Map.of("street", "1 rue de la Paix", "postalCode", "75002", "city", "Paris");
        String open = post("/api/events", chloe.token(), Map.of("type", "DEBATE", "title", "Débat ouvert", "startsAt", start,
                "place", place, "publicEvent", true)).text("id");
        String closed = post("/api/events", chloe.token(), Map.of("type", "MEETING", "title", "Réunion fermée",
                "startsAt", start, "place", place)).text("id");
        becomeCoopains(chloe, alice);
        // A coopain is invited once the coopains' read model has the new bond.
        await("Alice invited", () -> post("/api/events/" + closed + "/invitees", chloe.token(),
                Map.of("memberIds", List.of(alice.id()))).status() == 200);
        await("the events' pages", () -> get("/api/events/" + closed, alice.token()).status() == 200
                && get("/api/events/" + open, alice.token()).status() == 200);
        assertThat(put("/api/events/" + open + "/rsvp", alice.token(), Map.of("answer", "YES")).status()).isEqualTo(200);
        assertThat(put("/api/events/" + closed + "/rsvp", alice.token(), Map.of("answer", "MAYBE")).status()).isEqualTo(200);

        JsonNode feed = await("Bruno's feed of his coopains", () -> {
            JsonNode page = get("/api/me/coopains-activity?size=100", bruno.token()).body();
            return kinds(page).contains("ANSWERED_EVENT") && kinds(page).contains("CHANGED_STATUS") ? page : null;
        });
        List<String> named = new ArrayList<>();
        feed.path("items").forEach(item -> {
            assertThat(item.at("/member/memberId").asText()).as("only his coopains' deeds").isEqualTo(alice.id());
            named.add(item.path("postId").asText("") + item.path("groupId").asText("") + item.path("eventId").asText("")
                    + item.at("/otherMember/memberId").asText("") + item.path("status").asText(""));
        });
        assertThat(named).contains(everyone, group, open, bruno.id(), chloe.id(), "En campagne")
                .as("a group's post, a hidden coopain, a closed event").doesNotContain(groupOnly, hidden.id(), closed);
        assertThat(feed.toString()).doesNotContain("Hector", "Réunion fermée", "Pour le cercle");

        JsonNode paged = get("/api/me/coopains-activity?size=2", bruno.token()).body();
        assertThat(paged.path("items").size()).isEqualTo(2);
        JsonNode second = get("/api/me/coopains-activity?size=2&before=" + paged.path("next").asText(), bruno.token()).body();
        assertThat(second.path("items").get(0).path("activityId").asText())
                .isNotEqualTo(paged.path("items").get(1).path("activityId").asText());
        assertThat(get("/api/me/dashboard", bruno.token()).body().at("/coopainsActivity/items").size()).isPositive();

        assertThat(kinds(get("/api/members/" + alice.id() + "/activity?size=100", alice.token()).body()))
                .as("her own page shows her deeds").contains("POSTED", "JOINED_GROUP", "BECAME_COOPAINS");
        JsonNode wall = get("/api/members/" + alice.id() + "/wall?size=100", bruno.token()).body();
        assertThat(wall.findValuesAsText("kind")).as("her deeds on her wall").contains("BECAME_COOPAINS", "JOINED_GROUP")
                .doesNotContain("POSTED");
        assertThat(wall.findValuesAsText("postId")).as("her posts on her wall, as posts").contains(everyone)
                .doesNotContain(groupOnly);
        List<String> whole = itemIds(wall);
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/members/" + alice.id() + "/wall?size=2" + (cursor == null ? "" : "&before=" + cursor),
                    bruno.token()).body();
            walked.addAll(itemIds(page));
            cursor = page.path("next").asText(null);
        } while (cursor != null);
        assertThat(walked).as("posts and deeds merged, page by page, in the same order").isEqualTo(whole);
        assertThat(get("/api/members/" + bruno.id() + "/activity", dora.token()).status())
                .as("P4: Bruno's profile is hidden from Dora").isEqualTo(404);
        assertThat(get("/api/me/coopains-activity?before=abc", bruno.token()).status()).isEqualTo(400);
    }

    private void becomeCoopains(TestMember asker, TestMember recipient) {
        Answer asked = await("a visible profile to ask", () -> {
            Answer answer = post("/api/coopain-requests", asker.token(), Map.of("memberId", recipient.id()));
            return answer.status() == 404 ? null : answer;
        });
        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        assertThat(post("/api/coopain-requests/" + asked.text("requestId") + "/accept", recipient.token(), Map.of())
                .status()).isEqualTo(204);
    }

    private static List<String> itemIds(JsonNode wall) {
        List<String> ids = new ArrayList<>();
        wall.path("items").forEach(item -> ids.add(item.has("post") ? item.at("/post/postId").asText()
                : item.at("/activity/activityId").asText()));
        return ids;
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.path("items").forEach(item -> kinds.add(item.path("kind").asText()));
        return kinds;
    }
}
