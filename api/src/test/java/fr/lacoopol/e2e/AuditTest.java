package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AUD-1 for conversations, AUD-2 (state as of an instant, folded from the store) and AUD-5 (who saw my data:
 * a secretary's profile and roster reads, an import's merge, an auditor's reads),
 * through the running application.
 */
class AuditTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorFoldsAMembersStateAsItWasAtAnInstantAndTheMemberSeesThatRead() throws Exception {
        TestSection section = newSection("Section Audit " + unique(), "75117");
        TestMember ines = newMember(section, "Inès", "Avant");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);

        Instant beforeMove = Instant.now();
        Thread.sleep(5);
        assertThat(put("/api/me/coordinates", ines.token(), Map.of("phone", "06 11 22 33 44", "address", "1 rue Neuve",
                "postalCode", "75017", "city", "Paris", "country", "France")).status()).isBetween(200, 204);
        Thread.sleep(5);
        Instant afterMove = Instant.now();
        Thread.sleep(5);
        assertThat(put("/api/me/coordinates", ines.token(), Map.of("phone", "06 99 88 77 66", "address", "2 rue Vieille",
                "postalCode", "75017", "city", "Paris", "country", "France")).status()).isBetween(200, 204);

        Answer then = get("/api/audit/members/" + ines.id() + "/state?at=" + beforeMove, admin);
        assertThat(then.status()).as(then.raw()).isEqualTo(200);
        assertThat(then.body().path("state").path("accountState").asText()).isEqualTo("ACTIVE");
        assertThat(then.body().path("state").path("email").toString()).contains(ines.email());
        assertThat(then.body().path("state").path("coordinates").path("phone").asText(null)).isNull();
        long thenSequence = then.body().path("sequenceNumber").asLong();

        JsonNode middle = get("/api/audit/members/" + ines.id() + "/state?at=" + afterMove, admin).body();
        assertThat(middle.path("state").path("coordinates").path("phone").asText()).isEqualTo("06 11 22 33 44");
        assertThat(middle.path("sequenceNumber").asLong()).isGreaterThan(thenSequence);

        JsonNode now = get("/api/audit/members/" + ines.id() + "/state", admin).body();
        assertThat(now.path("state").path("coordinates").path("address").asText()).isEqualTo("2 rue Vieille");
        assertThat(now.path("sequenceNumber").asLong()).isEqualTo(middle.path("sequenceNumber").asLong() + 1);
        assertThat(now.path("erasedFields")).isEmpty();

        // Before she existed there is no state; a malformed instant is a field error; members may not ask.
        assertThat(get("/api/audit/members/" + ines.id() + "/state?at=2000-01-01T00:00:00Z", admin).status()).isEqualTo(404);
        Answer malformed = get("/api/audit/members/" + ines.id() + "/state?at=hier", admin);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).contains("at");
        assertThat(get("/api/audit/members/" + ines.id() + "/state", section.secretary()).status()).isEqualTo(403);
        assertThat(get("/api/audit/conversations/" + ines.id() + "/state", admin).status()).isEqualTo(404);

        // The section's state as of now names its secretary; an event id asked as a section is missing.
        JsonNode sectionState = get("/api/audit/sections/" + section.id() + "/state", admin).body();
        assertThat(sectionState.path("state").path("secretaryIds").toString()).contains(section.secretaryId());
        assertThat(get("/api/audit/sections/" + ines.id() + "/state", admin).status()).isEqualTo(404);
        JsonNode auditReads = get("/api/audit/reads?size=100", admin).body().path("items");
        assertThat(auditReads.findValuesAsText("target")).anyMatch(t -> t.startsWith("sections/" + section.id() + "?at="))
                .anyMatch(t -> t.startsWith("members/" + ines.id() + "?at="));
        assertThat(get("/api/audit/reads", section.secretary()).status()).isEqualTo(403);

        // Each auditor's read of her data is in her data-access log; her own reads are not.
        get("/api/members/" + ines.id(), ines.token());
        JsonNode reads = get("/api/me/data-access", ines.token()).body();
        assertThat(reads.path("items").findValuesAsText("channel")).contains("AUDIT_STATE").doesNotContain("PROFILE");
        assertThat(reads.path("items").findValuesAsText("reader")).contains("administrator")
                .doesNotContain(ines.id());
    }

    @Test
    void everyReadOfAMembersPrivateDataByAnotherIsRecordedAndShownToHerAlone() {
        TestSection section = newSection("Section Regards " + unique(), "75118");
        TestMember lou = newMember(section, "Lou", "Regardée");
        TestMember max = newMember(section, "Max", "Voisin");
        assertThat(get("/api/me/data-access", lou.token()).body().path("total").asLong()).isZero();

        // A fellow member's view of her profile shows no private data: not a read of it.
        Answer seenByMax = get("/api/members/" + lou.id(), max.token());
        assertThat(seenByMax.status()).isEqualTo(200);
        assertThat(seenByMax.body().path("privateData").isMissingNode()).isTrue();
        assertThat(get("/api/me/data-access", lou.token()).body().path("total").asLong()).isZero();

        // Her secretary opens her file, then reads the roster: two reads, the secretary named.
        assertThat(get("/api/members/" + lou.id(), section.secretary()).body().path("privateData").isObject()).isTrue();
        Answer roster = get("/api/sections/" + section.id() + "/members?size=100", section.secretary());
        assertThat(roster.body().path("items").findValuesAsText("memberId")).contains(lou.id(), max.id());

        JsonNode reads = get("/api/me/data-access", lou.token()).body();
        assertThat(reads.path("total").asLong()).isEqualTo(2);
        JsonNode latest = reads.path("items").get(0);
        assertThat(latest.path("channel").asText()).isEqualTo("ROSTER");
        assertThat(latest.path("reader").asText()).isEqualTo(section.secretaryId());
        assertThat(latest.path("readerName").asText()).isEqualTo("Sam Secrétaire");
        assertThat(latest.path("description").asText()).isNotBlank();
        assertThat(reads.path("items").get(1).path("channel").asText()).isEqualTo("PROFILE");
        assertThat(reads.path("items").get(1).path("target").asText()).isEqualTo("members/" + lou.id());

        // Max was on the roster page, not on the profile: one read for him; the secretary's own log is empty of both.
        assertThat(get("/api/me/data-access", max.token()).body().path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/me/data-access", section.secretary()).body().path("items").findValuesAsText("target"))
                .doesNotContain("members/" + lou.id());
        assertThat(get("/api/me/data-access", null).status()).isEqualTo(401);
    }

    @Test
    void anImportThatFillsABlankOfSomeonesRecordIsARecordedReadByTheSecretaryWhoRanIt() {
        TestSection section = newSection("Section Fusion " + unique(), "75121");
        String email = "fusion-" + unique() + "@exemple.fr";
        Answer person = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "MEMBER", "firstName", "Félix", "lastName", "Fusionné", "email", email));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        String csv = "Prénom;Nom;E-mail;Téléphone\nFélix;Fusionné;" + email + ";01 02 03 04 05\n";
        Answer uploaded = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "fusion.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String importId = uploaded.text("importId");
        assertThat(put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.body().path("mapping"), "membershipType", "MEMBER")).status()).isEqualTo(202);

        String reader = await("the merge in Félix's data-access log", () -> jdbc.queryForList(
                "SELECT reader FROM data_access WHERE channel = 'IMPORT_MERGE' AND target = ? "
                        + "AND member_ids @> ARRAY[?]::varchar[]", String.class, "imports/" + importId, person.text("id"))
                .stream().findFirst().orElse(null));
        assertThat(reader).isEqualTo(section.secretaryId());
        JsonNode report = await("the import's report", () -> {
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
        assertThat(report.path("merged").asInt()).as(report.toString()).isEqualTo(1);
    }

    @Test
    void aConversationsHistorySaysWhoWroteToHowManyAndWhenButNeverItsWordsOrAHiddenRecipient() {
        TestSection section = newSection("Section Secrets " + unique(), "75119");
        TestMember author = newMember(section, "Alix", "Auteur");
        TestMember seen = newMember(section, "Basile", "Destinataire");
        TestMember hidden = newMember(section, "Cyan", "Masqué");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);

        Answer open = post("/api/conversations", author.token(), Map.of("recipientIds", List.of(seen.id(), hidden.id()),
                "subject", "Sujet confidentiel", "body", "Texte confidentiel", "noReply", false));
        assertThat(open.status()).as(open.raw()).isEqualTo(201);
        assertThat(post("/api/conversations/" + open.text("conversationId") + "/messages", seen.token(),
                Map.of("body", "Réponse confidentielle")).status()).isEqualTo(201);
        Answer openHistory = get("/api/audit/conversations/" + open.text("conversationId") + "/history", admin);
        assertThat(openHistory.status()).as(openHistory.raw()).isEqualTo(200);
        assertThat(openHistory.raw()).doesNotContain("confidentiel");
        JsonNode started = openHistory.body().path("items").get(0).path("payload");
        assertThat(started.path("authorId").asText()).isEqualTo(author.id());
        assertThat(started.path("recipientCount").asInt()).isEqualTo(2);
        assertThat(openHistory.body().path("items").get(1).path("payload").path("authorId").asText()).isEqualTo(seen.id());

        Answer secret = post("/api/conversations", author.token(), Map.of("recipientIds", List.of(seen.id(), hidden.id()),
                "subject", "Annonce confidentielle", "body", "Texte confidentiel", "noReply", true));
        assertThat(secret.status()).as(secret.raw()).isEqualTo(201);
        assertThat(post("/api/me/conversations/read", hidden.token(), Map.of("conversationIds", List.of(secret.text("conversationId"))))
                .status()).isBetween(200, 204);
        Answer secretHistory = await("the hidden recipient's read in the history", () -> {
            Answer history = get("/api/audit/conversations/" + secret.text("conversationId") + "/history", admin);
            return history.body().path("total").asInt() >= 2 ? history : null;
        });
        assertThat(secretHistory.raw()).doesNotContain("confidentiel").doesNotContain(hidden.id())
                .doesNotContain(seen.id());
        assertThat(secretHistory.body().path("items").get(0).path("payload").path("recipientCount").asInt()).isEqualTo(2);
        assertThat(secretHistory.body().path("items").get(0).path("payload").path("authorId").asText()).isEqualTo(author.id());
        assertThat(get("/api/audit/conversations/" + secret.text("conversationId") + "/history", author.token()).status())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorSeesEveryProjectionsPositionAgainstTheHeadOfTheStore() {
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        TestSection section = newSection("Section Projections " + unique(), "75123");
        JsonNode projections = await("the member profiles caught up", () -> {
            JsonNode all = get("/api/admin/projections", admin).body();
            for (JsonNode projection : all) {
                if (projection.path("name").asText().equals("member-profiles") && projection.path("lag").asLong() == 0) {
                    return all;
                }
            }
            return null;
        });
        assertThat(projections.findValuesAsText("name")).contains("member-profiles", "member-directory-v1", "posts",
                "mail-notifications", "data-access");
        for (JsonNode projection : projections) {
            assertThat(projection.path("running").asBoolean()).as(projection.toString()).isTrue();
            if (!projection.has("position")) continue; // no segment claimed yet: nothing to compare

            assertThat(projection.path("head").asLong()).isGreaterThanOrEqualTo(projection.path("position").asLong());
            assertThat(projection.path("lag").asLong()).isEqualTo(
                    projection.path("head").asLong() - projection.path("position").asLong());
            assertThat(projection.has("deadLetters")).isTrue();
        }
        assertThat(get("/api/admin/projections", section.secretary()).status()).isEqualTo(403);
    }

    @Test
    void anErasedMembersStateListsWhatWasErasedAndShowsNoneOfIt() {
        TestSection section = newSection("Section Oubli " + unique(), "75120");
        TestMember gone = newMember(section, "Gaspard", "Oublié");
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        assertThat(send(builder("/api/me", gone.token()).method("DELETE", json(Map.of("password", "mot de passe solide")))
                .header("Content-Type", "application/json")).status()).isEqualTo(204);

        Answer state = get("/api/audit/members/" + gone.id() + "/state", admin);
        assertThat(state.status()).as(state.raw()).isEqualTo(200);
        assertThat(state.raw()).doesNotContain(gone.email()).doesNotContain("Gaspard").doesNotContain("Oublié");
        assertThat(state.body().path("erasedFields").toString()).contains("name", "email");
        assertThat(state.body().path("state").path("accountState").asText()).isEqualTo("ERASED");
    }
}
