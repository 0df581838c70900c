package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Coopains (NET-1 to NET-5) over HTTP, and what they change: a NETWORK profile is seen by its member's
 * coopains and section, nobody else (P4), in the profile, the directory and the recipient autocomplete (DIR-3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkTest extends ApiTestSupport {

    private TestSection belleville;
    private TestSection menilmontant;
    private TestMember rose;
    private TestMember yann;

    @BeforeAll
    void twoSections() {
        belleville = newSection("Belleville réseau", "75019");
        menilmontant = newSection("Ménilmontant réseau", "75018");
        rose = newMember(belleville, "Rose", "Reseau" + unique());
        yann = newMember(menilmontant, "Yann", "Reseau" + unique());
    }

    @Test
    void askAcceptAndTheNetworkProfileOfAnotherSectionOpensToTheCoopainOnly() {
        // Yann keeps NETWORK (the default): Rose, from another section, does not see him yet.
        assertThat(get("/api/members/" + yann.id(), rose.token()).status()).isEqualTo(404);
        Answer unseen = post("/api/coopain-requests", rose.token(), Map.of("memberId", yann.id()));
        assertThat(unseen.status()).as("asking someone one may not see").isEqualTo(404);
        // Yann asks Rose, whose profile he may see once she opens it to everyone.
        assertThat(put("/api/me/visibility", rose.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        Answer asked = await("Rose's profile opened", () -> {
            Answer answer = post("/api/coopain-requests", yann.token(), Map.of("memberId", rose.id()));
            return answer.status() == 404 ? null : answer;
        });
        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        String requestId = asked.text("requestId");

        // NET-1: Rose is alerted and, her switch being on, told by e-mail, with Yann's name and not his address.
        Mail mail = awaitMail(rose.email(), "veut devenir ton coopain");
        assertThat(mail.subject()).startsWith("Yann Reseau");
        assertThat(mail.body()).doesNotContain(yann.email());
        assertThat(mail.from()).contains("Yann Reseau").doesNotContain(yann.email());
        JsonNode alerts = await("Rose's alert", () -> {
            JsonNode body = get("/api/me/alerts", rose.token()).body();
            return body.path("pendingCoopainRequests").asLong() == 1 ? body : null;
        });
        assertThat(alerts.path("pendingEventInvitations").asLong()).isZero();
        JsonNode received = get("/api/me/coopain-requests?direction=received", rose.token()).body();
        assertThat(received.at("/items/0/requestId").asText()).isEqualTo(requestId);
        assertThat(received.at("/items/0/member/firstName").asText()).isEqualTo("Yann");
        assertThat(received.at("/items/0/member").has("email")).isFalse();
        assertThat(get("/api/me/coopain-requests?direction=sent", yann.token()).body().at("/items/0/member/memberId").asText())
                .isEqualTo(rose.id());
        assertThat(get("/api/me/coopains/" + rose.id(), yann.token()).text("state")).isEqualTo("ASKED");

        // NET-5: asking twice, asking back, asking oneself.
        expectCode(post("/api/coopain-requests", yann.token(), Map.of("memberId", rose.id())), 409, "coopain_request_pending");
        expectCode(post("/api/coopain-requests", rose.token(), Map.of("memberId", yann.id())), 404, "not_found");
        expectCode(post("/api/coopain-requests", rose.token(), Map.of("memberId", rose.id())), 422, "coopain_self");
        // Only Rose decides.
        assertThat(post("/api/coopain-requests/" + requestId + "/accept", yann.token(), Map.of()).status()).isEqualTo(404);

        // NET-2: Rose accepts; Yann is told.
        assertThat(post("/api/coopain-requests/" + requestId + "/accept", rose.token(), Map.of()).status()).isEqualTo(204);
        assertThat(awaitMail(yann.email(), "a accepté ta demande").subject()).startsWith("Rose Reseau");
        expectCode(post("/api/coopain-requests", yann.token(), Map.of("memberId", rose.id())), 409, "already_coopains");

        // NET-4: Rose now sees Yann's NETWORK profile, finds him in the directory; a stranger does neither.
        JsonNode yannSeenByRose = await("Yann visible to his coopain", () -> {
            Answer profile = get("/api/members/" + yann.id(), rose.token());
            return profile.status() == 200 ? profile.body() : null;
        });
        assertThat(yannSeenByRose.path("privateData").isMissingNode() || yannSeenByRose.path("privateData").isNull()).isTrue();
        assertThat(yannSeenByRose.at("/counters/coopains").asLong()).isEqualTo(1);
        String yannsName = yannSeenByRose.path("lastName").asText();
        assertThat(await("Yann in Rose's directory", () -> {
            JsonNode hits = get("/api/members?q=" + yannsName, rose.token()).body().path("items");
            return hits.size() == 1 ? hits : null;
        }).get(0).path("memberId").asText()).isEqualTo(yann.id());
        String stranger = tokenOf(demo("victor.martin"));
        assertThat(get("/api/members/" + yann.id(), stranger).status()).isEqualTo(404);
        assertThat(get("/api/members?q=" + yannsName, stranger).body().path("total").asLong()).isZero();

        // NET-3: the list, with the last connection, all or only the section.
        JsonNode coopains = await("Rose's coopains", () -> {
            JsonNode page = get("/api/me/coopains", rose.token()).body();
            return page.path("total").asLong() == 1 ? page : null;
        });
        assertThat(coopains.at("/items/0/member/memberId").asText()).isEqualTo(yann.id());
        assertThat(coopains.at("/items/0/lastAccess").isTextual()).isTrue();
        assertThat(get("/api/me/coopains?scope=section", rose.token()).body().path("total").asLong()).isZero();
        assertThat(get("/api/me/coopains?scope=everywhere", rose.token()).status()).isEqualTo(400);

        // Removing ends what the bond opened.
        assertThat(send(builder("/api/me/coopains/" + yann.id(), rose.token()).DELETE()).status()).isEqualTo(204);
        await("Yann hidden again", () -> get("/api/members/" + yann.id(), rose.token()).status() == 404);
        assertThat(send(builder("/api/me/coopains/" + yann.id(), rose.token()).DELETE()).status()).isEqualTo(404);
    }

    @Test
    void aRefusedRequestClosesAndSeveralCoopainsGoAtOnce() {
        TestMember a = newMember(belleville, "Agnès", "Plusieurs" + unique());
        TestMember b = newMember(belleville, "Bruno", "Plusieurs" + unique());
        TestMember c = newMember(belleville, "Céline", "Plusieurs" + unique());
        String ab = post("/api/coopain-requests", a.token(), Map.of("memberId", b.id())).text("requestId");
        String ac = post("/api/coopain-requests", a.token(), Map.of("memberId", c.id())).text("requestId");
        assertThat(post("/api/coopain-requests/" + ab + "/refuse", b.token(), Map.of()).status()).isEqualTo(204);
        assertThat(post("/api/coopain-requests/" + ab + "/accept", b.token(), Map.of()).status()).isEqualTo(404);
        await("the refused request leaves the lists", () ->
                get("/api/me/coopain-requests?direction=sent", a.token()).body().path("total").asLong() == 1);
        // Asked again, accepted this time; and Céline accepts too.
        assertThat(post("/api/coopain-requests", a.token(), Map.of("memberId", b.id())).status()).isEqualTo(201);
        assertThat(post("/api/coopain-requests/" + ab + "/accept", b.token(), Map.of()).status()).isEqualTo(204);
        assertThat(post("/api/coopain-requests/" + ac + "/accept", c.token(), Map.of()).status()).isEqualTo(204);
        await("two coopains, both of the section", () ->
                get("/api/me/coopains?scope=section", a.token()).body().path("total").asLong() == 2);

        // Several at once; a list naming someone who is no coopain removes nobody.
        Answer mixed = send(builder("/api/me/coopains", a.token()).method("DELETE", body(Map.of("memberIds",
                List.of(b.id(), rose.id())))).header("Content-Type", "application/json"));
        assertThat(mixed.status()).as(mixed.raw()).isEqualTo(404);
        assertThat(get("/api/me/coopains/" + b.id(), a.token()).text("state")).isEqualTo("COOPAINS");
        Answer both = send(builder("/api/me/coopains", a.token()).method("DELETE", body(Map.of("memberIds",
                List.of(b.id(), c.id())))).header("Content-Type", "application/json"));
        assertThat(both.status()).as(both.raw()).isEqualTo(204);
        await("no coopain left", () -> get("/api/me/coopains", a.token()).body().path("total").asLong() == 0);
        assertThat(get("/api/me/coopains", b.token()).body().path("total").asLong()).isZero();
    }

    @Test
    void theAutocompleteListsCoopainsThenTheSectionThenOthersAndNeverAHiddenMember() {
        String word = "Complete" + unique();
        TestMember asker = newMember(belleville, "Zoé", word + "Asker");
        TestMember sameSection = newMember(belleville, "Alice", word);
        TestMember hidden = newMember(belleville, "Bob", word);
        assertThat(put("/api/me/visibility", hidden.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
        TestMember coopain = newMember(menilmontant, "Yves", word);
        TestMember everyone = newMember(menilmontant, "Anne", word);
        assertThat(put("/api/me/visibility", everyone.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        TestMember networkElsewhere = newMember(menilmontant, "Abel", word);
        assertThat(put("/api/me/visibility", asker.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        String request = await("Zoé visible to Yves", () ->
                post("/api/coopain-requests", coopain.token(), Map.of("memberId", asker.id())).text("requestId"));
        assertThat(post("/api/coopain-requests/" + request + "/accept", asker.token(), Map.of()).status()).isEqualTo(204);

        List<String> expected = List.of(coopain.id(), sameSection.id(), everyone.id());
        JsonNode hits = await("the autocomplete", () -> {
            JsonNode items = get("/api/members/autocomplete?q=" + word, asker.token()).body().path("items");
            return ids(items).equals(expected) ? items : null;
        });
        assertThat(hits.get(0).path("coopain").asBoolean()).isTrue();
        assertThat(hits.get(1).path("coopain").asBoolean()).isFalse();
        assertThat(ids(hits)).doesNotContain(hidden.id(), networkElsewhere.id(), asker.id());
        assertThat(hits.toString()).doesNotContain("@");
        // The secretary sees the hidden member; an anonymous caller nothing.
        assertThat(ids(get("/api/members/autocomplete?q=" + word, belleville.secretary()).body().path("items")))
                .contains(hidden.id());
        assertThat(get("/api/members/autocomplete?q=" + word, null).status()).isEqualTo(401);
    }

    @Test
    void nobodyActsOnAnotherMembersNetworkAndAnonymousCallersGetNothing() {
        for (String path : List.of("/api/me/coopains", "/api/me/coopain-requests", "/api/me/alerts")) {
            assertThat(get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(post("/api/coopain-requests", null, Map.of("memberId", rose.id())).status()).isEqualTo(401);
        assertThat(post("/api/coopain-requests/unknown/accept", rose.token(), Map.of()).status()).isEqualTo(404);
        // The administrator is no member: no network of their own.
        String admin = tokenOf("admin@demo.lacoopol.fr");
        assertThat(get("/api/me/coopains", admin).status()).isEqualTo(403);
    }

    private static void expectCode(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.text("code")).isEqualTo(code);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("memberId").asText()));
        return ids;
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
