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
        JsonNode mine = await("Albin's groups", () -> {
            JsonNode page = get("/api/me/groups", albin).body();
            return page.path("total").asInt() == 2 ? page : null;
        });
        assertThat(mine.findValuesAsText("name")).containsExactly("Colleurs du 7e", "Logement pour tous");
        JsonNode gluers = get("/api/groups/demo-groupe-colleurs", albin).body();
        assertThat(gluers.path("myRole").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(gluers.path("pendingRequests").asInt()).as("Grégoire waits").isEqualTo(1);
        assertThat(get("/api/events/demo-collage-7e", tokenOf(demo("virginie.deux"))).status()).isEqualTo(200);
        assertThat(get("/api/events/demo-collage-7e", tokenOf(demo("gregoire.quatre"))).status())
                .as("not accepted yet: not in the space").isEqualTo(404);
        assertThat(get("/api/groups?q=logement", tokenOf(demo("cedric.cinq"))).body().path("total").asInt())
                .isGreaterThanOrEqualTo(1);
    }
}
