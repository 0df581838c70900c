package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The CONTACTS tab over HTTP: contacts (CON-1), their import (CON-2), e-mails to them over SMTP (CON-3). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactTest extends ApiTestSupport {

    private TestSection section;

    @BeforeAll
    void aSection() {
        section = newSection("Contacts-les-Bains", "75012");
    }

    @Test
    void contactsAreAddedChangedDeletedAndOneEmailIsOneContactPerSection() {
        String contacts = "/api/sections/" + section.id() + "/contacts";
        String email = "odette-" + unique() + "@exemple.fr";
        Answer added = post(contacts, section.secretary(), Map.of("firstName", "Odette", "lastName", "Dupont",
                "organisation", "Comité des fêtes", "email", email));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        String id = added.text("id");
        Answer again = post(contacts, section.secretary(), Map.of("firstName", "Autre", "lastName", "Personne",
                "email", email.toUpperCase()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("contact_exists");
        assertThat(post(contacts, section.secretary(), Map.of("firstName", "Sans", "lastName", "Adresse")).status())
                .isEqualTo(400);

        assertThat(put(contacts + "/" + id, section.secretary(), Map.of("firstName", "Odette", "lastName", "Dupont-Martin",
                "organisation", "Comité des fêtes", "email", email)).status()).isEqualTo(200);
        await("the change", () -> get(contacts + "?q=dupont-m", section.secretary()).body().path("total").asInt() == 1);
        // Another section's secretary cannot touch it.
        String sabine = tokenOf(demo("sabine.un"));
        String solferino = get("/api/me", sabine).text("sectionId");
        assertThat(send(builder("/api/sections/" + solferino + "/contacts/" + id, sabine).DELETE()).status())
                .isEqualTo(404);
        assertThat(send(builder(contacts + "/" + id, section.secretary()).DELETE()).status()).isEqualTo(204);
        await("the deletion", () -> get(contacts + "?q=dupont", section.secretary()).body().path("total").asInt() == 0);
    }

    @Test
    void aContactsFileGoesThroughTheSameMappingAndMergesTheSameAddress() {
        byte[] file = importFile("contacts-tab.csv");
        JsonNode uploaded = upload(file);
        assertThat(uploaded.path("delimiter").asText()).isEqualTo("\t");
        assertThat(uploaded.path("kind").asText()).isEqualTo("CONTACTS");
        String importId = uploaded.path("importId").asText();
        Answer confirmed = put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.path("mapping")));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(202);
        JsonNode report = await("the contacts import", () -> {
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("merged").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/rejectedRows/0/reason").asText()).contains("e-mail manquante");
        JsonNode karim = await("Karim with his organisation", () -> {
            JsonNode items = get("/api/sections/" + section.id() + "/contacts?q=benaissa", section.secretary()).body()
                    .path("items");
            return items.size() == 1 && !items.get(0).path("organisation").isMissingNode() ? items.get(0) : null;
        });
        assertThat(karim.path("organisation").asText()).isEqualTo("Amicale des locataires");
    }

    @Test
    void anEmailReachesEachChosenContactAloneWithAnUnsubscribeLinkThatWorks() {
        String contacts = "/api/sections/" + section.id() + "/contacts";
        String run = unique();
        List<String> ids = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (String name : List.of("Anne", "Bruno", "Chloé")) {
            String address = name.toLowerCase().replace("é", "e") + "-" + run + "@exemple.fr";
            addresses.add(address);
            ids.add(post(contacts, section.secretary(), Map.of("firstName", name, "lastName", "Voisin",
                    "email", address)).text("id"));
        }
        await("three contacts", () -> get(contacts + "?q=voisin", section.secretary()).body().path("total").asInt() >= 3);

        Answer sent = post("/api/sections/" + section.id() + "/contact-emails", section.secretary(), Map.of(
                "contactIds", ids, "subject", "Réunion publique " + run, "body", "Venez nombreux jeudi à 19h."));
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        assertThat(sent.body().path("recipients").asInt()).isEqualTo(3);
        for (String address : addresses) {
            Mail mail = awaitMail(address, "Réunion publique " + run);
            assertThat(mail.to()).containsExactly(address);
            assertThat(mail.from()).contains("Contacts-les-Bains").doesNotContain(section.id());
            assertThat(mail.body()).contains("Venez nombreux", "/desinscription/");
            for (String other : addresses) if (!other.equals(address)) assertThat(mail.body()).doesNotContain(other);
        }

        // Anne unsubscribes with her link (one click, no account); the next e-mail skips her and says so.
        String token = linkToken(awaitMail(addresses.get(0), "Réunion publique " + run));
        assertThat(post("/api/contact-unsubscriptions/" + token, null, Map.of()).status()).isEqualTo(200);
        assertThat(post("/api/contact-unsubscriptions/" + token, null, Map.of()).status()).isEqualTo(200);
        assertThat(post("/api/contact-unsubscriptions/forged." + token, null, Map.of()).status()).isEqualTo(422);
        await("Anne unsubscribed", () -> get(contacts + "?q=anne", section.secretary()).body()
                .at("/items/0/unsubscribed").asBoolean());
        Answer second = post("/api/sections/" + section.id() + "/contact-emails", section.secretary(), Map.of(
                "contactIds", ids, "subject", "Compte rendu " + run, "body", "Merci d'être venus."));
        assertThat(second.body().path("recipients").asInt()).isEqualTo(2);
        assertThat(second.body().path("unsubscribedSkipped").asInt()).isEqualTo(1);
        awaitMail(addresses.get(1), "Compte rendu " + run);
        awaitMail(addresses.get(2), "Compte rendu " + run);
        assertThat(mailbox(addresses.get(0))).noneMatch(m -> m.subject().contains("Compte rendu"));
    }

    private JsonNode upload(byte[] content) {
        Answer answer = upload("/api/sections/" + section.id() + "/contact-imports", section.secretary(), "contacts.csv", content);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body();
    }
}
