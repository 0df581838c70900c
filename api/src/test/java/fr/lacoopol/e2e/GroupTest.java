package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * GRP-1, GRP-2 through the API: a group on request, asked, accepted, searched, administered, left; its members
 * listed as their profiles allow (P4), its requests shown only to its administrators.
 */
class GroupTest extends ApiTestSupport {

    @Test
    void aGroupOnRequestFromCreationToHandOver() {
        TestSection septieme = newSection("Groupes 7e", "75108");
        TestSection seizieme = newSection("Groupes 16e", "75109");
        TestMember sophie = newMember(septieme, "Sophie", "Créatrice");
        TestMember hidden = newMember(septieme, "Gaston", "Discret");
        TestMember victor = newMember(seizieme, "Victor", "Curieux");
        assertThat(put("/api/me/visibility", hidden.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
        assertThat(put("/api/me/visibility", victor.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        String name = "Colleurs d'affiches " + unique();

        Answer created = post("/api/groups", sophie.token(), Map.of("name", name, "description",
                "Les samedis matin, quartier École militaire", "access", "ON_REQUEST"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String group = created.text("id");
        String members = "/api/groups/" + group + "/members";

        JsonNode found = await("the group in the search", () -> {
            JsonNode page = get("/api/groups?q=" + "ÉCOLE%20colleur", victor.token()).body();
            return page.path("total").asInt() == 1 ? page.path("items").get(0) : null;
        });
        assertThat(found.path("name").asText()).isEqualTo(name);
        assertThat(found.path("access").asText()).isEqualTo("ON_REQUEST");
        assertThat(found.path("memberCount").asInt()).isEqualTo(1);
        assertThat(found.path("myRole").asText(null)).isNull();
        assertThat(found.path("pendingRequests").asText(null)).as("only administrators see the requests").isNull();
        assertThat(get("/api/groups?q=introuvable" + unique(), victor.token()).body().path("total").asInt()).isZero();

        assertThat(post(members, victor.token(), Map.of()).text("role")).isEqualTo("REQUESTED");
        assertThat(post(members, hidden.token(), null).text("role")).isEqualTo("REQUESTED");
        assertThat(get(members + "?requests=true", victor.token()).status())
                .as("a request is not an administrator's view").isEqualTo(404);
        JsonNode asked = await("the requests", () -> {
            JsonNode page = get(members + "?requests=true", sophie.token()).body();
            return page.path("total").asInt() == 2 ? page : null;
        });
        assertThat(ids(asked)).containsExactlyInAnyOrder(victor.id(), hidden.id());
        assertThat(get("/api/groups/" + group, sophie.token()).body().path("pendingRequests").asInt()).isEqualTo(2);

        assertThat(post(members, victor.token(), Map.of("memberId", hidden.id())).status())
                .as("only an administrator accepts").isEqualTo(403);
        assertThat(post(members, sophie.token(), Map.of("memberId", victor.id())).text("role")).isEqualTo("MEMBER");
        assertThat(post(members, sophie.token(), Map.of("memberId", hidden.id())).text("role")).isEqualTo("MEMBER");
        await("Victor's groups", () -> get("/api/me/groups", victor.token()).body().path("total").asInt() == 1);
        assertThat(get("/api/me/groups", victor.token()).body().at("/items/0/myRole").asText()).isEqualTo("MEMBER");
        await("the group's size", () -> get("/api/groups/" + group, victor.token()).body().path("memberCount").asInt() == 3);

        // P4: each sees the members whose profile they may see; the size counts everyone.
        assertThat(ids(get(members, victor.token()).body())).as("Sophie is NETWORK, in another section; Gaston hides")
                .containsExactly(victor.id());
        assertThat(get(members, victor.token()).body().path("total").asInt()).isEqualTo(1);
        assertThat(ids(get(members, sophie.token()).body())).as("the administrator first; Gaston hides")
                .containsExactly(sophie.id(), victor.id());
        assertThat(ids(get(members, septieme.secretary()).body())).as("Gaston's secretary sees him")
                .containsExactlyInAnyOrder(sophie.id(), victor.id(), hidden.id());

        assertThat(delete(members + "/" + hidden.id(), victor.token())).as("a member removes nobody").isEqualTo(403);
        Answer lastAdministrator = send(builder(members + "/" + sophie.id(), sophie.token()).DELETE());
        assertThat(lastAdministrator.status()).isEqualTo(422);
        assertThat(lastAdministrator.text("code")).isEqualTo("last_group_administrator");
        assertThat(send(builder("/api/groups/" + group + "/administrators/" + victor.id(), sophie.token())
                .PUT(json(Map.of())).header("Content-Type", "application/json")).status()).isEqualTo(204);
        assertThat(delete(members + "/" + sophie.id(), sophie.token())).isEqualTo(204);
        assertThat(delete(members + "/" + hidden.id(), victor.token())).as("now an administrator").isEqualTo(204);
        await("Sophie's groups", () -> get("/api/me/groups", sophie.token()).body().path("total").asInt() == 0);
        JsonNode handedOver = await("the group handed over", () -> {
            JsonNode page = get("/api/groups/" + group, victor.token()).body();
            return page.path("memberCount").asInt() == 1 ? page : null;
        });
        assertThat(handedOver.path("myRole").asText()).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void anOpenGroupIsJoinedAtOnceAndBadInputIsRefused() throws Exception {
        String sabine = tokenOf(demo("sabine.un"));
        String albin = tokenOf(demo("albin.trois"));
        Answer created = post("/api/groups", sabine, Map.of("name", "Cyber-militants " + unique()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String group = created.text("id");
        assertThat(post("/api/groups/" + group + "/members", albin, Map.of()).text("role")).isEqualTo("MEMBER");
        assertThat(post("/api/groups/" + group + "/members", albin, Map.of()).text("role"))
                .as("joining twice changes nothing").isEqualTo("MEMBER");
        assertThat(put("/api/groups/" + group, albin, Map.of("name", "Détourné")).status())
                .as("only an administrator changes the group").isEqualTo(403);

        BufferedImage picture = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        assertThat(upload("PUT", "/api/groups/" + group + "/avatar", albin, "g.png", png.toByteArray()).status())
                .as("only an administrator").isEqualTo(403);
        Answer uploaded = upload("PUT", "/api/groups/" + group + "/avatar", sabine, "g.png", png.toByteArray());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        String avatar = uploaded.text("avatarUrl");
        await("the group's picture", () -> avatar.equals(get("/api/groups/" + group, albin).text("avatarUrl")));
        assertThat(get(avatar, albin).status()).as("every member sees a group's picture").isEqualTo(200);
        assertThat(get(avatar, null).status()).isEqualTo(401);

        Answer nameless = post("/api/groups", sabine, Map.of("name", " "));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.raw()).contains("name");
        assertThat(post("/api/groups", sabine, Map.of("name", "Accès inconnu", "access", "SECRET")).status()).isEqualTo(400);
        String missing = "/api/groups/00000000-0000-0000-0000-000000000000";
        assertThat(get(missing, albin).status()).isEqualTo(404);
        assertThat(post(missing + "/members", albin, Map.of()).status()).isEqualTo(404);
        assertThat(get(missing + "/members", albin).status()).isEqualTo(404);
        assertThat(get("/api/groups", null).status()).isEqualTo(401);
    }

    @Test
    void anEventPublishedInAGroupIsForItsMembersOnly() {
        TestSection section = newSection("Groupes espaces", "75110");
        TestMember sophie = newMember(section, "Sophie", "Organisatrice");
        TestMember zoe = newMember(section, "Zoé", "Passagère");
        TestMember leon = newMember(section, "Léon", "Dehors");
        String group = post("/api/groups", sophie.token(), Map.of("name", "Porte-à-porte " + unique())).text("id");
        assertThat(post("/api/groups/" + group + "/members", zoe.token(), Map.of()).text("role")).isEqualTo("MEMBER");
        String word = "boites" + unique();
        Map<String, Object> event = Map.of("type", "DOOR_TO_DOOR", "title", "Tournée des " + word,
                "startsAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")).plusDays(5).withNano(0).toString(),
                "place", Map.of("street", "12 rue Oberkampf", "postalCode", "75011", "city", "Paris"),
                "groupIds", List.of(group));

        Answer notMine = post("/api/events", leon.token(), event);
        assertThat(notMine.status()).as("one publishes only in one's own groups").isEqualTo(400);
        assertThat(notMine.raw()).contains("groupIds");
        Answer created = post("/api/events", sophie.token(), event);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/events/" + created.text("id");

        await("the event's page for a member of its group", () -> get(path, zoe.token()).status() == 200);
        assertThat(get(path, zoe.token()).body().path("groupIds").toString()).isEqualTo("[\"" + group + "\"]");
        assertThat(get(path, leon.token()).status()).as("P7: as if it did not exist").isEqualTo(404);
        assertThat(put(path + "/rsvp", leon.token(), Map.of("answer", "YES")).status()).isEqualTo(404);
        await("the event in the group member's search", () ->
                get("/api/events?q=" + word, zoe.token()).body().path("total").asInt() == 1);
        assertThat(get("/api/events?q=" + word, leon.token()).body().path("total").asInt()).isZero();
        assertThat(get("/api/me/agenda?tab=created&scope=groups", sophie.token()).body().at("/items/0/eventId").asText())
                .isEqualTo(created.text("id"));

        assertThat(send(builder("/api/groups/" + group + "/members/" + zoe.id(), zoe.token()).DELETE()).status())
                .isEqualTo(204);
        assertThat(get(path, zoe.token()).status()).as("a space left is closed from the next request").isEqualTo(404);
        assertThat(get("/api/events?q=" + word, zoe.token()).body().path("total").asInt()).isZero();
    }

    private int delete(String path, String token) {
        return send(builder(path, token).DELETE()).status();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.at("/member/memberId").asText()));
        return ids;
    }
}
