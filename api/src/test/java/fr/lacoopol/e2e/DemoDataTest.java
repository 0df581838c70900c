package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The demo data's people have joined already: the notifications leave out what the demo data did. */
class DemoDataTest extends ApiTestSupport {

    @Test
    void theDemosPeopleReceivedNoInvitationNorNotificationOfTheDemosOwnDoings() {
        for (String person : new String[] {"albin.trois", "virginie.deux", "victor.martin", "sabine.un"}) {
            assertThat(mailbox(demo(person))).as(person)
                    .noneMatch(mail -> mail.subject().toLowerCase(java.util.Locale.ROOT).contains("invitation")
                            || mail.subject().equals("Victor Martin veut devenir ton coopain"));
        }
    }

    @Test
    void aNewcomerSeesTheAgendaTheGaugeAndTheWaitingListAtOnce() {
        JsonNode meeting = await("the demo section meeting", () -> {
            Answer page = get("/api/events/demo-reunion-solferino", tokenOf(demo("gregoire.quatre")));
            return page.status() == 200 && page.body().path("gauge").path("waiting").asInt() == 1 ? page.body() : null;
        });
        assertThat(meeting.path("gauge").path("yes").asInt()).isEqualTo(3);
        assertThat(meeting.path("myWaitlisted").asBoolean()).isTrue();
        String virginie = tokenOf(demo("virginie.deux"));
        assertThat(await("Virginie's pending invitation", () -> get("/api/me/alerts", virginie).body()
                .path("pendingEventInvitations").asInt() >= 1)).isTrue();
        assertThat(get("/api/events/demo-bureau-prive", tokenOf(demo("albin.trois"))).status()).isEqualTo(404);
    }

    @Test
    void aNewcomerSeesGroupsARequestAndAnEventOfAGroupSpace() {
        String albin = tokenOf(demo("albin.trois"));
        // Other tests may add groups of their own to Albin's.
        await("Albin's demo groups", () -> get("/api/me/groups?size=100", albin).body().findValuesAsText("name")
                .containsAll(java.util.List.of("Colleurs du 7e", "Logement pour tous")));
        JsonNode gluers = get("/api/groups/demo-groupe-colleurs", albin).body();
        assertThat(gluers.path("myRole").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(gluers.path("pendingRequests").asInt()).as("Grégoire waits").isEqualTo(1);
        assertThat(get("/api/events/demo-collage-7e", tokenOf(demo("virginie.deux"))).status()).isEqualTo(200);
        assertThat(get("/api/events/demo-collage-7e", tokenOf(demo("gregoire.quatre"))).status())
                .as("not accepted yet: not in the space").isEqualTo(404);
        assertThat(get("/api/groups?q=logement", tokenOf(demo("cedric.cinq"))).body().path("total").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNewcomerSeesPostsOfEachTypeCommentsAndAWall() throws Exception {
        String albin = tokenOf(demo("albin.trois"));
        JsonNode feed = await("Albin's feed", () -> {
            JsonNode page = get("/api/me/feed?size=100", albin).body();
            return page.path("items").size() >= 7 ? page : null;
        });
        assertThat(feed.findValuesAsText("type")).contains("ARTICLE", "IMAGE", "VIDEO", "SOUND", "FILE", "LINK");
        JsonNode article = get("/api/posts/demo-billet-logement", albin).body();
        assertThat(article.path("comments").size()).isEqualTo(2);
        assertThat(get("/api/posts/demo-colleurs-prive", tokenOf(demo("gregoire.quatre"))).status())
                .as("a group's post, Grégoire not accepted yet").isEqualTo(404);
        String virginie = tokenOf(demo("virginie.deux"));
        String virginieId = get("/api/me", virginie).text("memberId");
        assertThat(get("/api/members/" + virginieId + "/wall", albin).body().findValuesAsText("postId"))
                .contains("demo-mur-virginie", "demo-billet-logement");
        JsonNode sound = get("/api/posts/demo-son-logement", albin).body();
        java.net.http.HttpResponse<byte[]> mp3 = java.net.http.HttpClient.newHttpClient().send(
                builder(sound.at("/file/url").asText(), albin).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(mp3.headers().firstValue("Content-Type").orElse("")).isEqualTo("audio/mpeg");
        assertThat(get(get("/api/posts/demo-affiche-marche", albin).text("imageUrl"), albin).status()).isEqualTo(200);
    }
}
