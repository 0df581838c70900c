package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DIR-2 and PST-5: the one search box finds members, groups, events and posts by one word, accents and case folded,
 * and neither lists nor counts what the caller may not see.
 */
class SearchTest extends ApiTestSupport {

    @Test
    void oneBoxFindsEveryKindAndNothingHidden() {
        String word = "quetzal" + unique().replaceAll("[0-9]", "x");
        String typed = word.toUpperCase(Locale.ROOT).replaceFirst("E", "É");
        TestSection section = newSection("Section Recherche " + unique(), "75115");
        TestMember shown = newMember(section, "Sacha", "Visible-" + word);
        TestMember hidden = newMember(section, "Hugo", "Cache-" + word);
        TestMember searcher = newMember(newSection("Section Chercheuse " + unique(), "75116"), "Chloé", "Cherche");
        assertThat(put("/api/me/visibility", shown.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        assertThat(put("/api/me/visibility", hidden.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);

        String group = post("/api/groups", shown.token(), Map.of("name", "Atelier " + word)).text("id");
        String start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(4).withNano(0).toString();
        Map<String, Object> place = Map.of("street", "3 rue du Temple", "postalCode", "75004", "city", "Paris");
        String open = post("/api/events", shown.token(), Map.of("type", "DEBATE", "title", "Débat " + word, "startsAt", start,
                "place", place, "publicEvent", true)).text("id");
        String closed = post("/api/events", shown.token(), Map.of("type", "MEETING", "title", "Réunion " + word,
                "startsAt", start, "place", place)).text("id");
        String tagged = post("/api/posts", shown.token(), Map.of("type", "LINK", "title", "Un lien", "url", "https://a.fr",
                "tags", "logement, " + word)).text("id");
        String inGroup = post("/api/posts", shown.token(), Map.of("type", "LINK", "title", "Réservé " + word, "url",
                "https://a.fr", "groupIds", List.of(group))).text("id");

        JsonNode found = await("every kind found", () -> {
            JsonNode results = get("/api/search?q=" + encode(typed), searcher.token()).body();
            return results.at("/members/total").asInt() == 1 && results.at("/groups/total").asInt() == 1
                    && results.at("/events/total").asInt() == 1 && results.at("/posts/total").asInt() == 1 ? results : null;
        });
        assertThat(found.at("/members/items/0/memberId").asText()).isEqualTo(shown.id());
        assertThat(found.at("/groups/items/0/groupId").asText()).isEqualTo(group);
        assertThat(found.at("/events/items/0/eventId").asText()).isEqualTo(open);
        assertThat(found.at("/posts/items/0/postId").asText()).as("by its tag").isEqualTo(tagged);
        assertThat(found.toString()).as("a hidden member, a private event, a group's post")
                .doesNotContain(hidden.id(), closed, inGroup, "Cache-");

        assertThat(post("/api/groups/" + group + "/members", searcher.token(), Map.of()).status()).isEqualTo(200);
        // In the group now, both posts are counted (once the index has the group's post too).
        JsonNode member = await("both posts counted", () -> {
            JsonNode results = get("/api/search?q=" + word + "&size=1", searcher.token()).body();
            return results.at("/posts/total").asInt() == 2 ? results : null;
        });
        JsonNode outside = get("/api/search?q=" + word, hidden.token()).body();
        assertThat(outside.at("/posts/total").asInt()).as("indexed now, still hidden from who is not in the group")
                .isEqualTo(1);
        assertThat(outside.toString()).doesNotContain(inGroup);
        assertThat(member.at("/posts/items").size()).as("capped").isEqualTo(1);
        assertThat(get("/api/search?q=%20", searcher.token()).status()).isEqualTo(400);
        assertThat(get("/api/search?q=" + word + "&size=50", searcher.token()).status()).isEqualTo(400);
        assertThat(get("/api/search?q=" + word, null).status()).isEqualTo(401);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
