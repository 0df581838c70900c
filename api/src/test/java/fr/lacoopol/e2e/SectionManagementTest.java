package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A secretary runs a section of their own, through HTTP, as the manual's "Gérer sa section" chapter shows:
 * configuration and page (SEC-1), roster and counts (SEC-2), roles (SEC-3), requests (ACC-5, SEC-4), a
 * member moving (SEC-5), lists and zones (LST-1, LST-2, LST-4), and who must not see or do any of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionManagementTest extends ApiTestSupport {

    private TestSection section;
    private TestMember lea;
    private TestMember noe;
    private TestMember ines;

    @BeforeAll
    void aSectionWithThreeMembers() {
        section = newSection("Belleville", "75020");
        lea = newMember(section, "Léa", "Zonière");
        noe = newMember(section, "Noé", "Listé");
        ines = newMember(section, "Inès", "Cachée");
        assertThat(put("/api/me/visibility", ines.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
    }

    @Test
    void theSecretaryConfiguresTheSectionAndItsPageShowsOnlyWhatEachViewerMaySee() {
        Map<String, Object> configuration = new HashMap<>(Map.of("name", "Belleville – Ménilmontant", "street", "1 rue de Belleville",
                "postalCode", "75020", "city", "Paris", "country", "France", "phone", "01 40 00 00 20",
                "website", "https://belleville.exemple.fr", "treasurerId", ines.id(), "bureau", List.of(lea.id(), ines.id())));
        Answer configured = put("/api/sections/" + section.id(), section.secretary(), configuration);
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);

        JsonNode seenByLea = await("the configured page", () -> {
            Answer page = get("/api/sections/" + section.id(), lea.token());
            return "Belleville – Ménilmontant".equals(page.text("name")) ? page.body() : null;
        });
        assertThat(seenByLea.path("website").asText()).isEqualTo("https://belleville.exemple.fr");
        // Inès hides her profile from everyone but the secretaries: the page does not name her to Léa.
        assertThat(names(seenByLea.path("bureau"))).containsExactly("Léa Zonière");
        assertThat(seenByLea.has("treasurer")).isFalse();
        assertThat(seenByLea.has("memberCount")).isFalse();
        JsonNode seenBySecretary = get("/api/sections/" + section.id(), section.secretary()).body();
        assertThat(names(seenBySecretary.path("bureau"))).containsExactly("Léa Zonière", "Inès Cachée");
        assertThat(seenBySecretary.at("/treasurer/lastName").asText()).isEqualTo("Cachée");
        long rosterTotal = get("/api/sections/" + section.id() + "/members", section.secretary()).body().path("total").asLong();
        assertThat(rosterTotal).isGreaterThanOrEqualTo(4);
        assertThat(seenBySecretary.path("memberCount").asLong()).isEqualTo(rosterTotal);

        // SEC-1's avatar: re-encoded, on the page; a member may not change it.
        Answer avatar = upload("PUT", "/api/sections/" + section.id() + "/avatar", section.secretary(), "logo.png",
                importFile("not-a-csv.png"));
        assertThat(avatar.status()).as(avatar.raw()).isEqualTo(202);
        await("the avatar on the page", () -> avatar.text("avatarUrl").equals(
                get("/api/sections/" + section.id(), lea.token()).text("avatar")));
        assertThat(upload("PUT", "/api/sections/" + section.id() + "/avatar", lea.token(), "logo.png",
                importFile("not-a-csv.png")).status()).isEqualTo(404);

        // The bureau is chosen among the section's members; a bad link is refused with its field.
        configuration.put("bureau", List.of(demoMemberId("victor.martin")));
        Answer outsider = put("/api/sections/" + section.id(), section.secretary(), configuration);
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.text("code")).isEqualTo("member_not_in_section");
        configuration.put("bureau", List.of());
        configuration.put("website", "javascript:alert(1)");
        assertThat(put("/api/sections/" + section.id(), section.secretary(), configuration).status()).isEqualTo(400);
    }

    @Test
    void aPromotedMemberHasTheSecretarysPowersOnTheNextRequestAndLosesThemWhenDemoted() {
        TestMember hugo = newMember(section, "Hugo", "Promu");
        String roster = "/api/sections/" + section.id() + "/members";
        assertThat(get(roster, hugo.token()).status()).isEqualTo(404);

        assertThat(put(roster + "/" + hugo.id() + "/role", section.secretary(), Map.of("role", "SECRETARY")).status())
                .isEqualTo(200);
        Answer asSecretary = get(roster + "?q=cachee", hugo.token());
        assertThat(asSecretary.status()).isEqualTo(200);
        // P1–P3 at once: the hidden member, with her e-mail.
        assertThat(asSecretary.body().at("/items/0/email").asText()).isEqualTo(ines.email());

        assertThat(put(roster + "/" + hugo.id() + "/role", section.secretary(), Map.of("role", "MEMBER")).status())
                .isEqualTo(200);
        assertThat(get(roster, hugo.token()).status()).isEqualTo(404);
        Answer private_ = get("/api/members/" + ines.id(), hugo.token());
        assertThat(private_.status()).isEqualTo(404);

        // The last secretary cannot be demoted.
        Answer last = put(roster + "/" + section.secretaryId() + "/role", section.secretary(), Map.of("role", "MEMBER"));
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.text("code")).isEqualTo("last_secretary");
        // Nor can someone of another section be promoted here.
        Answer outsider = put(roster + "/" + demoMemberId("victor.martin") + "/role", section.secretary(),
                Map.of("role", "SECRETARY"));
        assertThat(outsider.text("code")).isEqualTo("member_not_in_section");
    }

    @Test
    void listsAndZonesHaveCountsFilterTheRosterAndTheZoneManagerNeverLearnsWhoIsInHerZone() {
        String base = "/api/sections/" + section.id();
        String list = post(base + "/lists", section.secretary(), Map.of("name", "Tractage du samedi")).text("id");
        assertThat(post(base + "/lists/" + list + "/members", section.secretary(),
                Map.of("memberIds", List.of(noe.id(), ines.id()))).status()).isEqualTo(200);
        Answer zone = post(base + "/zones", section.secretary(), Map.of("name", "Haut Belleville",
                "description", "<p>Du métro <strong>Pyrénées</strong></p><script>alert('x')</script><img src=x onerror=alert(1)>",
                "managerId", lea.id()));
        assertThat(zone.status()).as(zone.raw()).isEqualTo(201);
        String zoneId = zone.text("id");
        assertThat(post(base + "/zones/" + zoneId + "/members", section.secretary(),
                Map.of("memberIds", List.of(noe.id(), ines.id(), section.secretaryId()))).status()).isEqualTo(200);
        assertThat(send(builder(base + "/zones/" + zoneId + "/members", section.secretary())
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"memberIds\":[\"" + section.secretaryId() + "\"]}"))
                .header("Content-Type", "application/json")).status()).isEqualTo(200);

        JsonNode groups = await("lists and zones counted", () -> {
            JsonNode body = get(base + "/lists", section.secretary()).body();
            return body.at("/zones/0/count").asInt() == 2 && body.at("/lists/0/count").asInt() == 2 ? body : null;
        });
        String description = groups.at("/zones/0/description").asText();
        assertThat(description).contains("<strong>Pyrénées</strong>").doesNotContain("script", "onerror", "<img");

        Answer inZone = get(base + "/members?zone=" + zoneId, section.secretary());
        assertThat(names(inZone.body().path("items"))).containsExactlyInAnyOrder("Noé Listé", "Inès Cachée");
        assertThat(inZone.body().at("/counts/zones/0/count").asInt()).isEqualTo(2);
        assertThat(inZone.body().at("/items/0/zones/0/name").asText()).isEqualTo("Haut Belleville");
        Answer onList = get(base + "/members?list=" + list + "&q=noe", section.secretary());
        assertThat(names(onList.body().path("items"))).containsExactly("Noé Listé");

        // P6: the manager sees her zone's name, never its members nor their number.
        JsonNode mine = get("/api/me/zones", lea.token()).body();
        assertThat(mine.at("/zones/0/name").asText()).isEqualTo("Haut Belleville");
        assertThat(mine.toString()).doesNotContain("count", noe.id(), "Listé");
        assertThat(get(base + "/members?zone=" + zoneId, lea.token()).status()).isEqualTo(404);
        assertThat(get(base + "/lists", lea.token()).status()).isEqualTo(404);

        // Only members of the section go on a list; another section's list is not found.
        Answer outsider = post(base + "/lists/" + list + "/members", section.secretary(),
                Map.of("memberIds", List.of(demoMemberId("victor.martin"))));
        assertThat(outsider.text("code")).isEqualTo("member_not_in_section");
        String cedric = tokenOf(demo("cedric.cinq"));
        String chartres = get("/api/me", cedric).text("sectionId");
        assertThat(post("/api/sections/" + chartres + "/lists/" + list + "/members", cedric,
                Map.of("memberIds", List.of(noe.id()))).text("code")).isEqualTo("not_found");

        // Deleting the zone empties it.
        assertThat(send(builder(base + "/zones/" + zoneId, section.secretary()).DELETE()).status()).isEqualTo(204);
        await("the zone gone", () -> get(base + "/lists", section.secretary()).body().path("zones").isEmpty());
        assertThat(send(builder(base + "/zones/" + zoneId, section.secretary()).DELETE()).status()).isEqualTo(404);
    }

    @Test
    void aPreRegistrationLandsWithTheSectionOfItsPostalCodeAndAcceptingItSendsTheInvitation() {
        String email = "pre-" + unique() + "@exemple.fr";
        Answer submitted = post("/api/pre-registrations", null, Map.of("firstName", "Paule", "lastName", "Curieuse",
                "email", email, "postalCode", "75020"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(202);
        String requests = "/api/sections/" + section.id() + "/requests";
        JsonNode request = await("the request in DEMANDES", () -> find(get(requests, section.secretary()).body(), email));
        assertThat(request.path("kind").asText()).isEqualTo("PRE_REGISTRATION");
        // Nobody else sees it: a member of the section, another section's secretary.
        assertThat(get(requests, lea.token()).status()).isEqualTo(404);
        assertThat(get(requests, tokenOf(demo("sabine.un"))).status()).isEqualTo(404);

        String requestId = request.path("requestId").asText();
        Answer accepted = post(requests + "/" + requestId + "/accept", section.secretary(), Map.of());
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(awaitMail(email, "invitation").to()).containsExactly(email);
        assertThat(post(requests + "/" + requestId + "/accept", section.secretary(), Map.of()).text("code"))
                .isEqualTo("request_closed");

        // A postal code no section has goes to the federation's referent; refusing closes it.
        String other = "autre-" + unique() + "@exemple.fr";
        post("/api/pre-registrations", null, Map.of("firstName", "Yves", "lastName", "Ailleurs", "email", other,
                "postalCode", "75016"));
        String camille = tokenOf(demo("camille.referent"));
        String federationRequests = "/api/federations/" + section.federationId() + "/requests";
        JsonNode toReferent = await("the request with the referent", () -> find(get(federationRequests, camille).body(), other));
        assertThat(post(federationRequests + "/" + toReferent.path("requestId").asText() + "/refuse", camille, Map.of())
                .status()).isEqualTo(200);
        assertThat(get(federationRequests, section.secretary()).status()).isEqualTo(404);
        // An unknown département is a clear refusal (98: no federation; the benchmarks' volume has 99); a bad address too.
        assertThat(post("/api/pre-registrations", null, Map.of("firstName", "A", "lastName", "B", "email", other,
                "postalCode", "98999")).text("code")).isEqualTo("postal_code_not_covered");
        assertThat(post("/api/pre-registrations", null, Map.of("firstName", "A", "lastName", "B", "email", "pas-une-adresse",
                "postalCode", "75020")).status()).isEqualTo(400);
        // Anybody may pre-register, not without end: a fourth request a day for the same address is refused.
        assertThat(post("/api/pre-registrations", null, Map.of("firstName", "Yves", "lastName", "Ailleurs", "email", other,
                "postalCode", "75016")).status()).isEqualTo(202);
        Answer flood = post("/api/pre-registrations", null, Map.of("firstName", "Yves", "lastName", "Ailleurs", "email", other,
                "postalCode", "75016"));
        assertThat(flood.status()).as(flood.raw()).isEqualTo(429);
        assertThat(flood.text("code")).isEqualTo("too_many_requests");
    }

    @Test
    void aMemberMovingToAnotherSectionKeepsTheAccountLeavesTheOldListsAndChangesWhoSeesThem() {
        TestSection arrival = newSection("Charonne", "75011");
        TestMember zoe = newMember(section, "Zoé", "Voyageuse");
        String base = "/api/sections/" + section.id();
        String list = post(base + "/lists", section.secretary(), Map.of("name", "Partantes")).text("id");
        post(base + "/lists/" + list + "/members", section.secretary(), Map.of("memberIds", List.of(zoe.id())));
        await("Zoé on the list", () -> get(base + "/members?list=" + list, section.secretary()).body().path("total").asInt() == 1);

        Answer asked = post("/api/sections/" + arrival.id() + "/requests", zoe.token(), Map.of());
        assertThat(asked.status()).as(asked.raw()).isEqualTo(202);
        String requests = "/api/sections/" + arrival.id() + "/requests";
        JsonNode request = await("Zoé's request", () -> {
            for (JsonNode item : get(requests, arrival.secretary()).body().path("items")) {
                if (zoe.id().equals(item.path("memberId").asText())) return item;
            }
            return null;
        });
        assertThat(request.path("lastName").asText()).isEqualTo("Voyageuse");
        assertThat(post(requests + "/" + request.path("requestId").asText() + "/accept", arrival.secretary(), Map.of())
                .status()).isEqualTo(200);

        // Same account, same token, new section; the old list dropped her; the secretaries' sight follows.
        await("Zoé in Charonne", () -> arrival.id().equals(get("/api/me", zoe.token()).text("sectionId")));
        await("the old list without Zoé", () -> get(base + "/members?list=" + list, section.secretary()).body()
                .path("total").asInt() == 0);
        assertThat(get("/api/members/" + zoe.id(), arrival.secretary()).body().at("/privateData/email").asText())
                .isEqualTo(zoe.email());
        JsonNode seenByOld = get("/api/members/" + zoe.id(), section.secretary()).body();
        assertThat(seenByOld == null || !seenByOld.has("privateData")).isTrue();
        assertThat(get(base + "/members?q=voyageuse", section.secretary()).body().path("total").asInt()).isZero();
    }

    @Test
    void everySectionEndpointAnswersAnotherSectionsSecretaryAMemberAndAnAnonymousCallerAsIfTheSectionDidNotExist() {
        String base = "/api/sections/" + section.id();
        List<String> gets = List.of(base + "/members", base + "/invitations", base + "/requests", base + "/lists",
                base + "/contacts");
        String sabine = tokenOf(demo("sabine.un"));
        List<String> failures = new ArrayList<>();
        for (String path : gets) {
            expect(failures, "GET " + path + " as Sabine", get(path, sabine), 404);
            expect(failures, "GET " + path + " as a member", get(path, lea.token()), 404);
            expect(failures, "GET " + path + " anonymously", get(path, null), 401);
        }
        Map<String, Object> anyBody = Map.of("name", "x", "memberIds", List.of(noe.id()), "managerId", noe.id(),
                "firstName", "A", "lastName", "B", "email", "a.b@exemple.fr", "membershipType", "MEMBER",
                "contactIds", List.of("c"), "subject", "s", "body", "b");
        for (String path : List.of(base + "/lists", base + "/zones", base + "/members", base + "/invitations",
                base + "/contacts", base + "/contact-emails")) {
            expect(failures, "POST " + path + " as Sabine", post(path, sabine, anyBody), 404);
            expect(failures, "POST " + path + " as a member", post(path, lea.token(), anyBody), 404);
            expect(failures, "POST " + path + " anonymously", post(path, null, anyBody), 401);
        }
        expect(failures, "PUT section as a member", put(base, lea.token(), Map.of("name", "Pris")), 404);
        expect(failures, "PUT role as Sabine", put(base + "/members/" + lea.id() + "/role", sabine,
                Map.of("role", "SECRETARY")), 404);
        expect(failures, "PUT role as a member", put(base + "/members/" + lea.id() + "/role", lea.token(),
                Map.of("role", "SECRETARY")), 404);
        expect(failures, "import as a member", get(base + "/imports/none", lea.token()), 404);
        String unknown = "/api/sections/00000000-0000-0000-0000-000000000000/members";
        Answer unknownSection = get(unknown, section.secretary());
        Answer otherSection = get(base + "/members", sabine);
        assertThat(unknownSection.status()).isEqualTo(otherSection.status()).isEqualTo(404);
        assertThat(unknownSection.text("code")).isEqualTo(otherSection.text("code"));
        assertThat(unknownSection.text("detail")).isEqualTo(otherSection.text("detail"));
        assertThat(failures).isEmpty();
    }

    private static void expect(List<String> failures, String what, Answer answer, int status) {
        if (answer.status() != status) failures.add(what + " → " + answer.status() + " " + answer.raw());
    }

    private String demoMemberId(String firstDotLast) {
        return get("/api/me", tokenOf(demo(firstDotLast))).text("memberId");
    }

    private static JsonNode find(JsonNode page, String email) {
        for (JsonNode item : page.path("items")) if (email.equals(item.path("email").asText())) return item;
        return null;
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        for (JsonNode person : people) names.add(person.path("firstName").asText() + " " + person.path("lastName").asText());
        return names;
    }
}
