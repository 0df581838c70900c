package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** GDPR-1 and GDPR-3: "télécharger mes données", through the running application. */
class DataExportTest extends ApiTestSupport {

    @Test
    void aMemberDownloadsAllTheirDataAsAZipOfJsonFilesWithNothingOfOthersTheyCannotSee() throws IOException {
        TestSection section = newSection("Section Archive " + unique(), "75122");
        TestMember zoe = newMember(section, "Zoé", "Archive");
        TestMember yann = newMember(section, "Yann", "Voisin");
        TestMember xavier = newMember(section, "Xavier", "Masqué");

        assertThat(put("/api/me/coordinates", zoe.token(), Map.of("phone", "06 12 12 12 12", "address", "3 rue de l'Export",
                "postalCode", "75022", "city", "Paris", "country", "France")).status()).isEqualTo(202);
        String post = post("/api/posts", zoe.token(), Map.of("type", "ARTICLE", "title", "Mon billet exporté",
                "text", "<p>Texte du billet</p>", "publicPost", true)).text("id");
        String yannsPost = post("/api/posts", yann.token(), Map.of("type", "LINK", "title", "Le lien de Yann",
                "url", "https://www.lacoopol.fr/yann", "publicPost", true)).text("id");
        assertThat(await("Yann's post", () -> {
            Answer comment = post("/api/posts/" + yannsPost + "/comments", zoe.token(), Map.of("body", "Mon commentaire exporté"));
            return comment.status() == 201 ? comment : null;
        }).status()).isEqualTo(201);
        Answer secret = post("/api/conversations", zoe.token(), Map.of("recipientIds", List.of(yann.id(), xavier.id()),
                "subject", "Sujet exporté", "body", "Message exporté", "noReply", true));
        assertThat(secret.status()).as(secret.raw()).isEqualTo(201);
        Map<String, Object> event = new HashMap<>(Map.of("type", "SECTION_MEETING", "title", "Réunion exportée " + unique(),
                "startsAt", LocalDateTime.now().plusDays(9).withNano(0).toString(),
                "place", Map.of("street", "10 rue de Solférino", "postalCode", "75007", "city", "Paris"),
                "publicEvent", false, "attendanceTarget", 2));
        Answer created = post("/api/events", section.secretary(), event);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(post("/api/events/" + created.text("id") + "/invitees", section.secretary(),
                Map.of("sectionId", section.id(), "wholeSection", true)).status()).isEqualTo(200);
        assertThat(put("/api/events/" + created.text("id") + "/rsvp", zoe.token(), Map.of("answer", "MAYBE")).status())
                .isBetween(200, 204);
        String group = post("/api/groups", zoe.token(), Map.of("name", "Groupe exporté " + unique(), "access", "OPEN"))
                .text("id");
        get("/api/members/" + zoe.id(), section.secretary());

        Map<String, String> files = await("every read model caught up", () -> {
            Map<String, String> archive = unzip(zoe.token());
            boolean complete = archive.get("commentaires.json").contains("Mon commentaire exporté")
                    && archive.get("evenements.json").contains("MAYBE") && archive.get("groupes.json").contains(group)
                    && archive.get("messages.json").contains("Message exporté") && archive.get("publications.json").contains(post)
                    && archive.get("profil.json").contains("06 12 12 12 12");
            return complete ? archive : null;
        });
        assertThat(files).containsKeys("LISEZMOI.txt", "profil.json", "consentements.json", "publications.json",
                "commentaires.json", "messages.json", "evenements.json", "coopains.json", "groupes.json", "acces.json");
        assertThat(files.get("LISEZMOI.txt")).contains("publications.json", "acces.json", "consentements.json");
        assertThat(files.get("profil.json")).contains(zoe.email(), "3 rue de l'Export");
        JsonNode consents = JSON.readTree(files.get("consentements.json"));
        assertThat(consents.at("/charte/0/version").asText()).isEqualTo("2026-01");
        assertThat(consents.at("/charte/0/acceptedAt").asText()).isNotBlank();
        assertThat(files.get("messages.json")).contains("Sujet exporté");
        assertThat(files.get("publications.json")).contains("Mon billet exporté").doesNotContain("Le lien de Yann");
        JsonNode reads = JSON.readTree(files.get("acces.json"));
        assertThat(reads.findValuesAsText("channel")).contains("PROFILE");
        assertThat(reads.findValuesAsText("reader")).contains(section.secretaryId());

        // Nothing of the others beyond what Zoé sees: not their e-mails, not who else got her hidden-recipients message.
        String whole = String.join("\n", files.values());
        assertThat(whole).doesNotContain(yann.email()).doesNotContain(xavier.email()).doesNotContain(xavier.id());
        assertThat(get("/api/me/export", null).status()).isEqualTo(401);
    }

    private Map<String, String> unzip(String token) {
        HttpResponse<byte[]> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(builder("/api/me/export", token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
