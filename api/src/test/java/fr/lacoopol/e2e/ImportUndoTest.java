package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * INV-7: a secretary undoes an import over HTTP. What it created and nobody touched since goes; what it filled
 * and nobody changed since is blank again; everything else stays, listed with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportUndoTest extends ApiTestSupport {

    private static final String HEADER = "Prénom;Nom;E-mail;Téléphone;Portable;Date de naissance;Code postal;Ville\r\n";

    private TestSection section;

    @BeforeAll
    void aSection() {
        section = newSection("Annulation-sur-Marne", "75135");
    }

    @Test
    void undoingAReImportChangesNothingAndUndoingTheImportItRepeatedRemovesEveryoneItCreated() {
        String run = unique();
        byte[] file = (HEADER
                + "Anne;Refait" + run + ";anne." + run + "@exemple.fr;01 00 00 00 01;;12/03/1980;75135;Paris\r\n"
                + "Basile;Refait" + run + ";basile." + run + "@exemple.fr;;06 00 00 00 02;;75135;Paris\r\n"
                + "Carla;Refait" + run + ";;;;;75135;Paris\r\n").getBytes(StandardCharsets.UTF_8);
        long rosterBefore = rosterTotal();
        JsonNode first = importAndWait(file);
        assertThat(first.path("imported").asInt()).as(first.toString()).isEqualTo(3);
        JsonNode again = importAndWait(file);
        assertThat(again.path("merged").asInt()).isEqualTo(3);
        String annId = only(roster("anne")).path("memberId").asText();

        JsonNode undoneAgain = undoAndWait(again.path("importId").asText());
        assertThat(undoneAgain.at("/undo/rowsToUndo").asInt()).isEqualTo(3);
        assertThat(undoneAgain.at("/undo/removed").asInt()).isZero();
        assertThat(undoneAgain.at("/undo/emptied").asInt()).isZero();
        assertThat(undoneAgain.at("/undo/kept").asInt()).isZero();
        assertThat(rosterTotal()).as("the re-import had changed nothing").isEqualTo(rosterBefore + 3);

        JsonNode undone = undoAndWait(first.path("importId").asText());
        assertThat(undone.at("/undo/removed").asInt()).as(undone.toString()).isEqualTo(3);
        assertThat(undone.at("/undo/kept").asInt()).isZero();
        assertThat(undone.at("/undo/rowsNotFullyUndone").size()).isZero();
        await("the roster without them", () -> rosterTotal() == rosterBefore ? true : null);
        assertThat(roster("refait" + run).size()).isZero();
        assertThat(get("/api/members/" + annId, section.secretary()).status()).isEqualTo(404);
        assertThat(get("/api/sections/" + section.id() + "/invitations?state=to-invite", section.secretary()).raw())
                .doesNotContain(annId);

        // Once is all: a second undo, another section's secretary, and a contacts import are refused.
        Answer twice = post("/api/sections/" + section.id() + "/imports/" + first.path("importId").asText() + "/undo",
                section.secretary(), Map.of());
        assertThat(twice.status()).as(twice.raw()).isEqualTo(409);
        assertThat(twice.raw()).contains("import_undone");
        TestSection other = newSection("Ailleurs-sur-Marne", "75136");
        assertThat(post("/api/sections/" + section.id() + "/imports/" + first.path("importId").asText() + "/undo",
                other.secretary(), Map.of()).status()).isIn(403, 404);
        assertThat(post("/api/sections/" + other.id() + "/imports/" + first.path("importId").asText() + "/undo",
                other.secretary(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void whatWasInvitedOrChangedSinceStaysAndIsListedWithTheReasonWhileTheRestIsUndone() {
        String run = unique();
        TestMember member = newMember(section, "Mona", "Active" + run);
        JsonNode earlier = importAndWait((HEADER
                + "Bruno;Ancien" + run + ";bruno." + run + "@exemple.fr;;;;75135;Paris\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(earlier.path("imported").asInt()).isEqualTo(1);
        String brunoId = only(roster("ancien" + run)).path("memberId").asText();

        JsonNode undoable = importAndWait((HEADER
                + "Mona;Active" + run + ";" + member.email() + ";01 11 11 11 11;;14/05/1985;;\r\n"
                + "Bruno;Ancien" + run + ";bruno." + run + "@exemple.fr;;06 22 22 22 22;;;\r\n"
                + "Chloé;Invitee" + run + ";chloe." + run + "@exemple.fr;;;;75135;Paris\r\n"
                + "Dan;Nouveau" + run + ";dan." + run + "@exemple.fr;;;;75135;Paris\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(undoable.path("merged").asInt()).as(undoable.toString()).isEqualTo(2);
        assertThat(undoable.path("imported").asInt()).isEqualTo(2);
        String chloeId = only(roster("invitee" + run)).path("memberId").asText();
        String danId = only(roster("nouveau" + run)).path("memberId").asText();
        awaitPrivate(member.id(), "/privateData/personalInfo/birthDate", "1985-05-14");
        awaitPrivate(brunoId, "/privateData/coordinates/mobile", "06 22 22 22 22");

        // The secretary invites Chloé; Mona changes the phone the import had filled.
        Answer invited = post("/api/sections/" + section.id() + "/invitations", section.secretary(),
                Map.of("memberIds", List.of(chloeId)));
        assertThat(invited.body().path("invited").asInt()).as(invited.raw()).isEqualTo(1);
        Map<String, Object> coordinates = new HashMap<>();
        coordinates.put("phone", "01 99 99 99 99");
        assertThat(put("/api/me/coordinates", member.token(), coordinates).status()).isEqualTo(202);
        awaitPrivate(member.id(), "/privateData/coordinates/phone", "01 99 99 99 99");

        JsonNode undone = undoAndWait(undoable.path("importId").asText());
        assertThat(undone.at("/undo/removed").asInt()).as(undone.toString()).isEqualTo(1);
        assertThat(undone.at("/undo/emptied").asInt()).isEqualTo(2);
        assertThat(undone.at("/undo/kept").asInt()).isEqualTo(1);
        Map<Integer, JsonNode> listed = new HashMap<>();
        undone.at("/undo/rowsNotFullyUndone").forEach(row -> listed.put(row.path("line").asInt(), row));
        assertThat(listed).containsOnlyKeys(2, 4);
        assertThat(listed.get(2).path("kind").asText()).isEqualTo("EMPTIED");
        assertThat(listed.get(2).path("fields").toString()).contains("BIRTH_DATE").doesNotContain("PHONE");
        assertThat(listed.get(2).path("reason").asText()).contains("PHONE");
        assertThat(listed.get(4).path("kind").asText()).isEqualTo("KEPT");
        assertThat(listed.get(4).path("recordId").asText()).isEqualTo(chloeId);
        assertThat(listed.get(4).path("reason").asText()).contains("invitée");

        JsonNode mona = await("Mona's birth date emptied", () -> {
            JsonNode profile = get("/api/members/" + member.id(), section.secretary()).body();
            return profile.at("/privateData/personalInfo/birthDate").isTextual() ? null : profile;
        });
        assertThat(mona.at("/privateData/coordinates/phone").asText()).as("her own change stays").isEqualTo("01 99 99 99 99");
        assertThat(mona.at("/privateData/email").asText()).isEqualTo(member.email());
        await("Bruno's mobile emptied", () -> get("/api/members/" + brunoId, section.secretary()).body()
                .at("/privateData/coordinates/mobile").isTextual() ? null : true);
        assertThat(get("/api/members/" + brunoId, section.secretary()).body().at("/privateData/email").asText())
                .as("his e-mail came from the earlier import").isEqualTo("bruno." + run + "@exemple.fr");
        await("Dan removed", () -> get("/api/members/" + danId, section.secretary()).status() == 404 ? true : null);
        assertThat(get("/api/members/" + chloeId, section.secretary()).status()).isEqualTo(200);
    }

    private JsonNode importAndWait(byte[] file) {
        Answer uploaded = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "fichier.csv", file);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String importId = uploaded.text("importId");
        long rosterBefore = rosterTotal();
        Answer confirmed = put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.body().path("mapping"), "membershipType", "MEMBER"));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(202);
        JsonNode report = await("import " + importId, () -> {
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
        await("the roster caught up", () -> rosterTotal() >= rosterBefore + report.path("imported").asInt() ? true : null);
        return report;
    }

    private JsonNode undoAndWait(String importId) {
        Answer asked = post("/api/sections/" + section.id() + "/imports/" + importId + "/undo", section.secretary(), Map.of());
        assertThat(asked.status()).as(asked.raw()).isEqualTo(202);
        assertThat(asked.body().at("/undo/state").asText()).isIn("UNDOING", "UNDONE");
        return await("undoing " + importId, () -> {
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            return "UNDONE".equals(state.at("/undo/state").asText()) ? state : null;
        });
    }

    private void awaitPrivate(String memberId, String pointer, String value) {
        await(memberId + " " + pointer, () -> value.equals(get("/api/members/" + memberId, section.secretary()).body()
                .at(pointer).asText()) ? true : null);
    }

    private JsonNode roster(String q) {
        return get("/api/sections/" + section.id() + "/members?size=100&q=" + q, section.secretary()).body().path("items");
    }

    private long rosterTotal() {
        return get("/api/sections/" + section.id() + "/members", section.secretary()).body().path("total").asLong();
    }

    private static JsonNode only(JsonNode items) {
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        return items.get(0);
    }
}
