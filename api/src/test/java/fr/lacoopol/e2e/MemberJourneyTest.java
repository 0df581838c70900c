package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The way a new user goes, through HTTP only, with the e-mails read over IMAP. */
class MemberJourneyTest extends ApiTestSupport {


    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonInvitedBySecretaryJoinsFillsTheirProfileAndIsFoundOrNotInTheDirectory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);

        // The administrator creates a federation and invites its referent.
        String referentEmail = "referent-" + run + "@exemple.fr";
        Answer federation = post("/api/federations", admin, Map.of("name", "Fédé " + run, "departmentCode", "33",
                "referent", Map.of("firstName", "Rémi", "lastName", "Ferent", "email", referentEmail)));
        assertThat(federation.status()).as(federation.raw()).isEqualTo(201);
        String referent = join(referentEmail);

        // The referent creates a section and invites its secretary.
        String secretaryEmail = "secretaire-" + run + "@exemple.fr";
        Answer section = post("/api/federations/" + federation.text("id") + "/sections", referent, Map.of(
                "name", "Section " + run, "address", Map.of("street", "1 cours Victor Hugo", "postalCode", "33000", "city", "Bordeaux"),
                "secretary", Map.of("firstName", "Solène", "lastName", "Secrétaire", "email", secretaryEmail)));
        assertThat(section.status()).as(section.raw()).isEqualTo(201);
        String secretary = join(secretaryEmail);
        String sectionId = section.text("id");

        // The secretary records a person to invite and invites her.
        String email = "eloise-" + run + "@exemple.fr";
        Answer person = post("/api/sections/" + sectionId + "/members", secretary, Map.of("membershipType", "MEMBER",
                "firstName", "Éloïse", "lastName", "Journée-" + run, "email", email, "phone", "05 56 00 00 01"));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        String eloiseId = person.text("id");
        Answer invited = post("/api/sections/" + sectionId + "/invitations", secretary, Map.of("memberIds", List.of(eloiseId)));
        assertThat(invited.body().path("invited").asInt()).isEqualTo(1);

        // She reads the invitation: from noreply, to her alone, a link and no password.
        Mail invitation = awaitMail(email, "invitation");
        assertThat(invitation.from()).contains("noreply@");
        assertThat(invitation.to()).containsExactly(email);
        assertThat(invitation.body()).contains("Bonjour Éloïse").doesNotContain("mot de passe :");
        String token = linkToken(invitation);

        // She must accept the charter; then the link works once.
        assertThat(post("/api/invitations/" + token + "/accept", null,
                Map.of("password", "une phrase de passe", "charterAccepted", false)).body().path("code").asText())
                .isEqualTo("charter_not_accepted");
        assertThat(post("/api/invitations/" + token + "/accept", null,
                Map.of("password", "une phrase de passe", "charterAccepted", true)).status()).isEqualTo(200);
        assertThat(post("/api/invitations/" + token + "/accept", null,
                Map.of("password", "une autre phrase", "charterAccepted", true)).status()).isEqualTo(409);
        String eloise = login(email, "une phrase de passe");

        // She fills her profile.
        assertThat(put("/api/me/coordinates", eloise, Map.of("phone", "05 56 00 00 01", "address", "3 rue Sainte-Catherine",
                "postalCode", "33000", "city", "Bordeaux", "country", "France")).status()).isEqualTo(202);
        assertThat(put("/api/me/personal", eloise, Map.of("sex", "FEMALE", "birthDate", "1990-07-14")).status()).isEqualTo(202);
        assertThat(put("/api/me/public-info", eloise, Map.of("profession", "infirmière", "website", "https://eloise.example",
                "interests", List.of("HEALTH", "SOLIDARITY"))).status()).isEqualTo(202);
        assertThat(put("/api/me/political-activities", eloise, Map.of("localEngagements", "conseil de quartier",
                "mandates", List.of(Map.of("title", "conseillère municipale", "domain", "santé")),
                "partyResponsibilities", List.of("trésorière"), "youthMovementMember", false)).status()).isEqualTo(202);
        assertThat(put("/api/me/status", eloise, Map.of("text", "En porte-à-porte ce samedi")).status()).isEqualTo(202);
        assertThat(put("/api/me/visibility", eloise, Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);

        JsonNode me = await("her profile", () -> {
            Answer answer = get("/api/me", eloise);
            return answer.status() == 200 && "EVERYONE".equals(answer.body().at("/privateData/visibility").asText())
                    && "infirmière".equals(answer.body().at("/publicInfo/profession").asText()) ? answer.body() : null;
        });
        assertThat(me.at("/privateData/email").asText()).isEqualTo(email);
        assertThat(me.at("/privateData/coordinates/address").asText()).isEqualTo("3 rue Sainte-Catherine");
        assertThat(me.at("/privateData/politicalActivities/mandates/0/title").asText()).isEqualTo("conseillère municipale");
        assertThat(me.at("/birthday").asText()).isEqualTo("--07-14");
        assertThat(me.at("/status/text").asText()).isEqualTo("En porte-à-porte ce samedi");
        assertThat(me.at("/privateData/lastAccess").isMissingNode()).isFalse();

        // A member of another section finds her by a prefix, accents ignored — and sees nothing private.
        String victor = tokenOf(demo("victor.martin"));
        JsonNode hit = await("Éloïse in the directory", () -> {
            JsonNode items = get("/api/members?q=eloi%20journ%20" + run, victor).body().path("items");
            return items.size() == 1 ? items.get(0) : null;
        });
        assertThat(hit.path("memberId").asText()).isEqualTo(eloiseId);
        assertThat(hit.toString()).doesNotContain(email).doesNotContain("05 56").doesNotContain("Sainte-Catherine");
        Answer seenByVictor = get("/api/members/" + eloiseId, victor);
        assertThat(seenByVictor.status()).isEqualTo(200);
        assertThat(seenByVictor.body().has("privateData")).isFalse();
        assertThat(seenByVictor.raw()).doesNotContain(email).doesNotContain("conseillère");

        // She hides herself: gone for others, still there for her secretary.
        assertThat(put("/api/me/visibility", eloise, Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
        await("Éloïse hidden", () -> get("/api/members?q=eloi%20journ%20" + run, victor).body().path("total").asInt() == 0);
        assertThat(get("/api/members/" + eloiseId, victor).status()).isEqualTo(404);
        assertThat(get("/api/members?q=eloi%20" + run, secretary).body().path("total").asInt()).isEqualTo(1);
        Answer roster = get("/api/sections/" + sectionId + "/members?q=eloise", secretary);
        assertThat(roster.body().path("items").get(0).path("email").asText()).isEqualTo(email);

        // Her history, for an auditor: ordered, typed, with who did it.
        Answer history = get("/api/audit/members/" + eloiseId + "/history", admin);
        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.body().path("items");
        assertThat(events.get(0).path("type").asText()).isEqualTo("PersonToInviteCreatedEvent");
        assertThat(events.get(0).path("actor").asText()).isNotEqualTo(eloiseId).isNotBlank();
        assertThat(events.get(1).path("type").asText()).isEqualTo("MemberInvitedEvent");
        assertThat(events.get(2).path("type").asText()).isEqualTo("InvitationAcceptedEvent");
        assertThat(events.get(2).path("payload").path("charterVersion").asText()).isEqualTo("2026-01");
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(events.get(i).path("correlationId").asText()).isNotBlank();
        }
        assertThat(events.findValuesAsText("actor")).contains(eloiseId);
        // One request, one trace: the four commands that created the federation share it.
        JsonNode federationHistory = get("/api/audit/federations/" + federation.text("id") + "/history", admin)
                .body().path("items");
        String referentId = federation.text("personId");
        JsonNode referentHistory = get("/api/audit/members/" + referentId + "/history", admin).body().path("items");
        assertThat(federationHistory.get(0).path("traceId").asText()).isNotBlank()
                .isEqualTo(federationHistory.get(1).path("traceId").asText())
                .isEqualTo(referentHistory.get(0).path("traceId").asText())
                .isEqualTo(referentHistory.get(1).path("traceId").asText());
        assertThat(federationHistory.get(0).path("correlationId").asText())
                .isNotEqualTo(federationHistory.get(1).path("correlationId").asText());
        assertThat(get("/api/audit/members/" + eloiseId + "/history", victor).status()).isEqualTo(403);

        // No e-mail, phone or street address in clear in the event store.
        List<String> payloads = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, eloiseId);
        assertThat(payloads).isNotEmpty().allSatisfy(payload -> assertThat(payload)
                .doesNotContain(email).doesNotContain("05 56 00 00 01").doesNotContain("Sainte-Catherine")
                .doesNotContain("Éloïse"));

        // Logging out ends the session.
        assertThat(post("/api/auth/logout", eloise, Map.of()).status()).isEqualTo(204);
        assertThat(get("/api/me", eloise).status()).isEqualTo(401);
    }

    @Test
    void aForgottenPasswordIsResetByEmailAndTheAnswerNeverTellsWhetherTheAddressExists() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = newActiveMember(run, "Paul", "Oubli");

        Answer unknown = post("/api/auth/password-reset-requests", null, Map.of("email", "personne-" + run + "@exemple.fr"));
        Answer known = post("/api/auth/password-reset-requests", null, Map.of("email", email));
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.raw()).isEqualTo(known.raw());

        String token = linkToken(awaitMail(email, "mot de passe"));
        assertThat(post("/api/auth/password-resets", null, Map.of("token", token, "password", "nouveau secret 2026")).status())
                .isEqualTo(204);
        assertThat(post("/api/auth/password-resets", null, Map.of("token", token, "password", "encore un autre")).status())
                .isEqualTo(422);
        assertThat(post("/api/auth/login", null, Map.of("email", email, "password", "une phrase de passe")).status())
                .isEqualTo(401);
        assertThat(login(email, "nouveau secret 2026")).isNotBlank();
    }

    @Test
    void aNewLoginEmailCountsOnlyOnceItsLinkIsConfirmed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = newActiveMember(run, "Inès", "Change");
        String token = login(email, "une phrase de passe");
        String newEmail = "ines-nouvelle-" + run + "@exemple.fr";

        Answer change = put("/api/me/connection", token, Map.of("firstName", "Inès", "lastName", "Change", "email", newEmail));
        assertThat(change.status()).as(change.raw()).isEqualTo(202);
        assertThat(change.body().path("emailConfirmationSent").asBoolean()).isTrue();
        // Not yet: the old address is still the login.
        assertThat(login(email, "une phrase de passe")).isNotBlank();

        String confirmation = linkToken(awaitMail(newEmail, "nouvelle adresse"));
        assertThat(post("/api/me/email-confirmations", null, Map.of("token", confirmation)).status()).isEqualTo(200);
        assertThat(post("/api/auth/login", null, Map.of("email", email, "password", "une phrase de passe")).status())
                .isEqualTo(401);
        assertThat(login(newEmail, "une phrase de passe")).isNotBlank();
    }

    @Test
    void theSameEmailCannotBeRecordedForTwoPeople() {
        String sabine = tokenOf(demo("sabine.un"));
        String solferino = get("/api/me", sabine).text("sectionId");
        Answer duplicate = post("/api/sections/" + solferino + "/members", sabine, Map.of("membershipType", "SUPPORTER",
                "firstName", "Autre", "lastName", "Virginie", "email", demo("virginie.deux")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().path("code").asText()).isEqualTo("email_taken");
    }

    /** A member of Solferino invited by Sabine, having accepted with the password "une phrase de passe". */
    private String newActiveMember(String run, String firstName, String lastName) {
        String sabine = tokenOf(demo("sabine.un"));
        String solferino = get("/api/me", sabine).text("sectionId");
        String email = firstName.toLowerCase() + "-" + run + "@exemple.fr";
        Answer person = post("/api/sections/" + solferino + "/members", sabine, Map.of("membershipType", "SUPPORTER",
                "firstName", firstName, "lastName", lastName, "email", email));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        post("/api/sections/" + solferino + "/invitations", sabine, Map.of("memberIds", List.of(person.text("id"))));
        String token = linkToken(awaitMail(email, "invitation"));
        assertThat(post("/api/invitations/" + token + "/accept", null,
                Map.of("password", "une phrase de passe", "charterAccepted", true)).status()).isEqualTo(200);
        return email;
    }
}
