package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Member files as secretaries bring them (INV-4 to INV-6), uploaded over HTTP into a section of the test's
 * own: the files are kept under src/test/resources/imports, each one made the way a spreadsheet saves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private TestSection section;

    @BeforeAll
    void aSection() {
        section = newSection("Import-sur-Seine", "75013");
    }

    @Test
    void anExcelFileInWindows1252IsImportedMergedOrRejectedRowByRowAndImportingItAgainChangesNothing() {
        JsonNode uploaded = upload("adherents-excel-windows-1252.csv", importFile("adherents-excel-windows-1252.csv"));
        assertThat(uploaded.path("encoding").asText()).isEqualTo("windows-1252");
        assertThat(uploaded.path("delimiter").asText()).isEqualTo(";");
        assertThat(uploaded.path("totalRows").asInt()).isEqualTo(9);
        assertThat(uploaded.at("/columns/2").asText()).isEqualTo("Prénom");
        assertThat(uploaded.at("/preview/0/3").asText()).isEqualTo("Bérénger");
        // The guessed mapping reads the French headers.
        Map<String, Integer> guessed = mapping(uploaded);
        assertThat(guessed).containsEntry("MEMBERSHIP_NUMBER", 0).containsEntry("SEX", 1).containsEntry("FIRST_NAME", 2)
                .containsEntry("LAST_NAME", 3).containsEntry("BIRTH_DATE", 4).containsEntry("EMAIL", 5)
                .containsEntry("PHONE", 6).containsEntry("MOBILE", 7).containsEntry("ADDRESS", 8)
                .containsEntry("POSTAL_CODE", 9).containsEntry("CITY", 10).containsEntry("MEMBERSHIP_DATE", 11);

        JsonNode report = confirmAndWait(uploaded);
        assertThat(report.path("imported").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(report.path("merged").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").asInt()).isEqualTo(4);
        assertThat(reasons(report)).containsOnlyKeys(4, 5, 8, 10);
        assertThat(reasons(report).get(4)).contains("date de naissance");
        assertThat(reasons(report).get(5)).contains("prénom manquant");
        assertThat(reasons(report).get(8)).contains("e-mail invalide");
        assertThat(reasons(report).get(10)).contains("date de naissance");
        assertThat(report.at("/mergedRows/0/line").asInt()).isEqualTo(6);
        assertThat(report.at("/mergedRows/1/line").asInt()).isEqualTo(9);

        // Éloïse once, her mobile filled by the duplicate row; Inès's e-mail filled through her membership number.
        JsonNode eloise = only(roster("berenger"));
        assertThat(eloise.path("firstName").asText()).isEqualTo("Éloïse");
        JsonNode profile = await("Éloïse's merged mobile", () -> {
            JsonNode merged = get("/api/members/" + eloise.path("memberId").asText(), section.secretary()).body();
            return merged.at("/privateData/coordinates/mobile").isTextual() ? merged : null;
        });
        assertThat(profile.at("/privateData/coordinates/mobile").asText()).isEqualTo("06 00 00 00 05");
        assertThat(profile.at("/privateData/personalInfo/birthDate").asText()).isEqualTo("1985-05-14");
        assertThat(profile.at("/privateData/membershipDate").asText()).isEqualTo("2015-09-01");
        String inesId = only(roster("sanscourriel")).path("memberId").asText();
        JsonNode ines = await("Inès's merged e-mail", () -> {
            JsonNode merged = get("/api/members/" + inesId, section.secretary()).body();
            return merged.at("/privateData/email").isTextual() ? merged : null;
        });
        assertThat(ines.at("/privateData/email").asText()).isEqualTo("ines.sanscourriel@exemple.fr");
        assertThat(ines.at("/privateData/coordinates/postalCode").asText()).isEqualTo("07007");
        // A formula stays text in coopol.
        JsonNode francois = get("/api/members/" + only(roster("lefevre")).path("memberId").asText(), section.secretary()).body();
        assertThat(francois.at("/privateData/coordinates/address").asText()).startsWith("=HYPERLINK");
        // Imported people land in "members to invite".
        JsonNode toInvite = get("/api/sections/" + section.id() + "/invitations?state=to-invite", section.secretary()).body();
        assertThat(toInvite.at("/counts/toInvite").asInt()).isEqualTo(3);

        // The rejected rows download as a CSV that re-imports, formulas neutralised, reasons in a last column.
        String rejected = download(report.path("importId").asText());
        assertThat(rejected).startsWith("\uFEFFN° adhérent;");
        assertThat(rejected.lines().count()).isEqualTo(5);
        assertThat(rejected).contains("31/02/1990", "agnes@@exemple", "motif du rejet");
        JsonNode again = upload("lignes-rejetees.csv", rejected.getBytes(StandardCharsets.UTF_8));
        assertThat(again.path("totalRows").asInt()).isEqualTo(4);
        assertThat(mapping(again)).containsEntry("FIRST_NAME", 2).doesNotContainValue(12);

        // The same file again: every valid row names a person already there; nothing changes, not even history.
        long before = rosterTotal();
        long events = eventCount(section.id());
        JsonNode second = confirmAndWait(upload("adherents-excel-windows-1252.csv", importFile("adherents-excel-windows-1252.csv")));
        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("merged").asInt()).isEqualTo(5);
        assertThat(second.path("rejected").asInt()).isEqualTo(4);
        assertThat(rosterTotal()).isEqualTo(before);
        assertThat(eventCount(section.id())).as("events of the section's people").isEqualTo(events);
    }

    @Test
    void aUtf8FileWithBomAndCommasAndAFileWithQuotedLineBreaksAreReadAsASpreadsheetWroteThem() {
        JsonNode bom = upload("sympathisants-utf8-bom.csv", importFile("sympathisants-utf8-bom.csv"));
        assertThat(bom.path("encoding").asText()).isEqualTo("UTF-8");
        assertThat(bom.path("delimiter").asText()).isEqualTo(",");
        assertThat(bom.at("/columns/0").asText()).isEqualTo("Prénom");
        JsonNode report = confirmAndWait(bom, "SUPPORTER");
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(only(roster("curieux")).path("membershipType").asText()).isEqualTo("SUPPORTER");

        JsonNode breaks = upload("quoted-line-breaks.csv", importFile("quoted-line-breaks.csv"));
        assertThat(breaks.path("totalRows").asInt()).isEqualTo(2);
        assertThat(breaks.at("/preview/0/2").asText()).isEqualTo("4 rue des Lilas\nBâtiment C, 2e étage");
        assertThat(breaks.at("/preview/1/1").asText()).isEqualTo("De \"la\" Fontaine");
        assertThat(confirmAndWait(breaks).path("imported").asInt()).isEqualTo(2);
        assertThat(only(roster("fontaine")).path("lastName").asText()).isEqualTo("De \"la\" Fontaine");
    }

    @Test
    void anEmptyFileAHeaderAloneAndAnImageAreRefusedWithAReason() {
        for (String file : List.of("empty.csv", "header-only.csv", "not-a-csv.png")) {
            Answer answer = uploadAnswer(file, importFile(file));
            assertThat(answer.status()).as(file + ": " + answer.raw()).isEqualTo(400);
            assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("file");
        }
        assertThat(uploadAnswer("not-a-csv.png", importFile("not-a-csv.png")).raw()).contains("image/png");
        // A mapping without a last name is refused before anything is imported.
        JsonNode uploaded = upload("quoted-line-breaks.csv", importFile("quoted-line-breaks.csv"));
        Answer incomplete = put("/api/sections/" + section.id() + "/imports/" + uploaded.path("importId").asText() + "/mapping",
                section.secretary(), Map.of("mapping", List.of(Map.of("column", 0, "field", "FIRST_NAME"))));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.raw()).contains("LAST_NAME");
    }

    @Test
    void aTwentyMegabyteFileImportsInTheBackgroundWithProgressWhileTheApiKeepsAnswering() {
        StringBuilder csv = new StringBuilder("Prénom;Nom;E-mail;Code postal;Ville;Commentaire\r\n");
        int rows = 0;
        String run = unique();
        while (csv.length() < 20 * 1024 * 1024) {
            csv.append("Prénom").append(rows).append(";Nom-").append(run).append("-").append(rows)
                    .append(";gros-").append(run).append("-").append(rows).append("@exemple.fr;75013;Paris;")
                    .append(" — une note longue pour remplir le fichier".repeat(24)).append("\r\n");
            rows++;
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThanOrEqualTo(20 * 1024 * 1024);
        JsonNode uploaded = upload("gros-fichier.csv", bytes);
        assertThat(uploaded.path("totalRows").asInt()).isEqualTo(rows);
        String importId = uploaded.path("importId").asText();
        long rosterBefore = rosterTotal();
        put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.path("mapping")));
        int total = rows;
        List<Integer> progress = new ArrayList<>();
        JsonNode done = await("the large import", () -> {
            // The rest of the API answers meanwhile.
            assertThat(get("/api/me", section.secretary()).status()).isEqualTo(200);
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            progress.add(state.path("rowsDone").asInt());
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        }, 600);
        assertThat(done.path("imported").asInt()).isEqualTo(total);
        assertThat(done.path("rowsDone").asInt()).isEqualTo(total);
        assertThat(progress).anyMatch(done_ -> done_ > 0 && done_ < total);
        // The other tests of this section read its roster: it holds every imported row before they start.
        await("the roster caught up", () -> rosterTotal() >= rosterBefore + total, 300);
    }

    private JsonNode confirmAndWait(JsonNode uploaded) {
        return confirmAndWait(uploaded, "MEMBER");
    }

    private JsonNode confirmAndWait(JsonNode uploaded, String membershipType) {
        String importId = uploaded.path("importId").asText();
        long rosterBefore = rosterTotal();
        Answer confirmed = put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.path("mapping"), "membershipType", membershipType));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(202);
        JsonNode report = await("import " + importId, () -> {
            JsonNode state = get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
        // The people it created or merged are in the roster's read model too.
        await("the roster caught up", () -> rosterTotal() >= rosterBefore + report.path("imported").asInt());
        return report;
    }

    private JsonNode upload(String name, byte[] content) {
        Answer answer = uploadAnswer(name, content);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body();
    }

    private Answer uploadAnswer(String name, byte[] content) {
        return upload("/api/sections/" + section.id() + "/imports", section.secretary(), name, content);
    }

    private String download(String importId) {
        Answer answer = send(builder("/api/sections/" + section.id() + "/imports/" + importId + "/rejected.csv",
                section.secretary()).GET());
        assertThat(answer.status()).isEqualTo(200);
        return answer.raw();
    }

    private JsonNode roster(String q) {
        return get("/api/sections/" + section.id() + "/members?q=" + q, section.secretary()).body().path("items");
    }

    private long rosterTotal() {
        return get("/api/sections/" + section.id() + "/members", section.secretary()).body().path("total").asLong();
    }

    /** Events of every person recorded in the section (their creation, merges, invitations…). */
    private long eventCount(String sectionId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry e JOIN member_access a ON a.member_id = e.aggregateidentifier
                WHERE a.section_id = ?""", Long.class, sectionId);
    }

    private static JsonNode only(JsonNode items) {
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        return items.get(0);
    }

    private static Map<String, Integer> mapping(JsonNode uploaded) {
        Map<String, Integer> fields = new java.util.HashMap<>();
        for (JsonNode column : uploaded.path("mapping")) fields.put(column.path("field").asText(), column.path("column").asInt());
        return fields;
    }

    private static Map<Integer, String> reasons(JsonNode report) {
        Map<Integer, String> reasons = new java.util.HashMap<>();
        for (JsonNode row : report.path("rejectedRows")) reasons.put(row.path("line").asInt(), row.path("reason").asText());
        return reasons;
    }
}
