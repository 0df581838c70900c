package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.eventstore.MemberKeys;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GDPR-2 through the running application: after {@code DELETE /api/me}, none of the member's values is left in any
 * table (bytes included), any index or the file store; what they wrote stays, signed "Membre supprimé"; nothing can
 * be done to them any more. A secretary erases a person who never activated, never an active member.
 */
class ErasureTest extends ApiTestSupport {

    private static final String ES_URL = System.getenv().getOrDefault("COOPOL_ELASTICSEARCH_URL", "http://127.0.0.1:9200");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberKeys keys;

    @Test
    void aMemberErasesTheirAccountAndNoneOfTheirValuesRemainsAnywhere() throws IOException {
        TestSection section = newSection("Section Effacement " + unique(), "75124");
        String run = unique();
        String lastName = "Oubliable" + run;
        TestMember ernestine = newMember(section, "Ernestine", lastName);
        TestMember reader = newMember(section, "Rita", "Lectrice");
        String phone = "06 " + run.substring(0, 2) + " 13 57 91";
        String street = "17 impasse Disparue " + run;
        assertThat(put("/api/me/coordinates", ernestine.token(), Map.of("phone", phone, "address", street,
                "postalCode", "75024", "city", "Paris", "country", "France")).status()).isEqualTo(202);
        assertThat(put("/api/me/personal", ernestine.token(), Map.of("sex", "FEMALE", "birthDate", "1933-03-17")).status())
                .isEqualTo(202);
        Answer avatar = upload("PUT", "/api/me/avatar", ernestine.token(), "moi.png", randomPicture());
        assertThat(avatar.status()).as(avatar.raw()).isEqualTo(202);
        String avatarSha = avatar.text("avatarUrl").substring(avatar.text("avatarUrl").lastIndexOf('/') + 1);
        String post = post("/api/posts", ernestine.token(), Map.of("type", "LINK", "title", "Un lien avant de partir",
                "url", "https://www.lacoopol.fr/depart", "publicPost", true)).text("id");
        assertThat(post("/api/conversations", ernestine.token(), Map.of("recipientIds", List.of(reader.id()),
                "subject", "Au revoir", "body", "Je m'en vais " + run, "noReply", false)).status()).isEqualTo(201);
        assertThat(post("/api/team-messages", ernestine.token(), Map.of("subject", "Départ",
                "body", "Je m'en vais " + run)).status()).isEqualTo(202);
        await("her profile complete", () -> get("/api/members/" + ernestine.id(), section.secretary()).body()
                .at("/privateData/personalInfo/birthDate").asText("").equals("1933-03-17") ? true : null);
        await("her post", () -> get("/api/posts/" + post, reader.token()).status() == 200 ? true : null);

        Answer wrong = send(builder("/api/me", ernestine.token()).method("DELETE",
                HttpRequest.BodyPublishers.ofString("{\"password\":\"pas le bon\"}")).header("Content-Type", "application/json"));
        assertThat(wrong.status()).as(wrong.raw()).isEqualTo(422);
        Answer missing = send(builder("/api/me", ernestine.token()).method("DELETE", json(Map.of()))
                .header("Content-Type", "application/json"));
        assertThat(missing.status()).isEqualTo(400);
        Answer erased = send(builder("/api/me", ernestine.token()).method("DELETE",
                json(Map.of("password", "mot de passe solide"))).header("Content-Type", "application/json"));
        assertThat(erased.status()).as(erased.raw()).isEqualTo(204);

        // Gone at once: her sessions, her login.
        assertThat(get("/api/me", ernestine.token()).status()).isEqualTo(401);
        Answer login = post("/api/auth/login", null, Map.of("email", ernestine.email(), "password", "mot de passe solide"));
        assertThat(login.status()).isEqualTo(401);
        // Her profile row stays (counts hold) under the erased name; her post is still there, signed by it.
        JsonNode profile = await("her profile emptied", () -> {
            JsonNode body = get("/api/members/" + ernestine.id(), section.secretary()).body();
            return "Membre".equals(body.path("firstName").asText()) ? body : null;
        });
        assertThat(profile.path("lastName").asText()).isEqualTo("supprimé");
        assertThat(profile.path("avatarUrl").isMissingNode()).isTrue();
        JsonNode author = get("/api/posts/" + post, reader.token()).body().path("author");
        assertThat(author.path("firstName").asText() + " " + author.path("lastName").asText()).isEqualTo("Membre supprimé");
        await("her directory entry gone", () -> get("/api/members?q=" + lastName, reader.token()).body()
                .path("total").asInt(-1) == 0 ? true : null);
        // Nothing more can be done to her; her key is a tombstone; an auditor reads her history as erased.
        assertThat(post("/api/sections/" + section.id() + "/invitations", section.secretary(),
                Map.of("memberIds", List.of(ernestine.id()))).body().path("invited").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT aes_key IS NULL AND erased_at IS NOT NULL FROM member_key WHERE member_id = ?",
                Boolean.class, ernestine.id())).isTrue();
        assertThatThrownBy(() -> keys.keyFor(ernestine.id())).as("no new key, ever")
                .isInstanceOf(MemberKeys.ErasedMemberException.class);
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        JsonNode state = get("/api/audit/members/" + ernestine.id() + "/state", admin).body();
        assertThat(state.path("erasedFields").toString()).contains("name", "email", "coordinates", "personalInfo");

        // The grep: every column of every table (bytes read as text), every index, every stored file.
        await("every projection past her erasure", () -> get("/api/admin/projections", admin).body()
                .findValues("lag").stream().allMatch(lag -> lag.asLong() == 0) ? true : null);
        // Her words too: a message's body is encrypted under its author's key, so a replay reads it as erased.
        List<String> values = List.of(ernestine.email(), lastName, phone, street, "1933-03-17", "Je m'en vais " + run);
        assertThat(tablesHolding(values)).as("tables holding one of her values").isEmpty();
        for (String value : values) {
            assertThat(searchAllIndexes(value)).as("index hits for " + value).isZero();
        }
        assertThat(storedFilesHolding(values, avatarSha)).as("stored files").isEmpty();
        // The same searches find a member who was not erased: they can fail.
        assertThat(tablesHolding(List.of(reader.email()))).isNotEmpty();
        assertThat(searchAllIndexes(reader.id())).isPositive();
    }

    @Test
    void aSecretaryErasesSomeoneWhoNeverActivatedButNotAnActiveMember() {
        TestSection section = newSection("Section Brouillon " + unique(), "75125");
        String email = "jamais-" + unique() + "@exemple.fr";
        Answer person = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "SUPPORTER", "firstName", "Jamais", "lastName", "Venu", "email", email));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        TestMember active = newMember(section, "Toujours", "Là");
        TestSection other = newSection("Section Voisine " + unique(), "75126");

        assertThat(send(builder("/api/sections/" + other.id() + "/members/" + person.text("id"), other.secretary())
                .DELETE()).status()).as("another section's person").isEqualTo(404);
        assertThat(send(builder("/api/sections/" + section.id() + "/members/" + active.id(), section.secretary())
                .DELETE()).status()).as("an active member").isEqualTo(422);
        assertThat(send(builder("/api/sections/" + section.id() + "/members/" + person.text("id"), active.token())
                .DELETE()).status()).as("not a secretary: as if there were no such section").isEqualTo(404);
        assertThat(send(builder("/api/sections/" + section.id() + "/members/" + person.text("id"), section.secretary())
                .DELETE()).status()).isEqualTo(204);
        await("the roster without her name", () -> get("/api/sections/" + section.id() + "/members?q=jamais",
                section.secretary()).body().path("total").asInt(-1) == 0 ? true : null);
        assertThat(get("/api/sections/" + section.id() + "/invitations?state=to-invite", section.secretary()).raw())
                .as("no longer someone to invite").doesNotContain(person.text("id"));
        JsonNode roster = get("/api/sections/" + section.id() + "/members?size=100", section.secretary()).body();
        JsonNode erasedRow = null;
        for (JsonNode row : roster.path("items")) {
            if (row.path("memberId").asText().equals(person.text("id"))) erasedRow = row;
        }
        assertThat(erasedRow).as("still counted in the roster").isNotNull();
        assertThat(erasedRow.path("accountState").asText()).isEqualTo("ERASED");
        assertThat(erasedRow.path("email").isMissingNode()).isTrue();
        assertThat(get("/api/members/" + active.id(), active.token()).status()).isEqualTo(200);
        assertThat(tablesHolding(List.of(email))).isEmpty();
    }

    /** Every table of every schema whose rows, read as text (bytes decoded with escapes), contain one of the values. */
    private List<String> tablesHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')""");
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String text = "bytea".equals(column.get("data_type"))
                    ? "encode(\"" + column.get("column_name") + "\", 'escape')" : "\"" + column.get("column_name") + "\"::text";
            Long hits = jdbc.queryForObject("SELECT count(*) FROM " + name + " WHERE " + text + " ILIKE ANY (?::text[])",
                    Long.class, "{" + String.join(",", values.stream().map(v -> "\"%" + v + "%\"").toList()) + "}");
            if (hits != null && hits > 0) found.add(name + "." + column.get("column_name") + " holds one of " + values);
        }
        return found;
    }

    private long searchAllIndexes(String value) {
        try {
            String query = JSON.writeValueAsString(Map.of("query", Map.of("multi_match", Map.of("query", value,
                    "type", "phrase", "fields", List.of("*"), "lenient", true))));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ES_URL
                            + "/_all/_search?size=0")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).at("/hits/total/value").asLong();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> storedFilesHolding(List<String> values, String avatarSha) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(FILES))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(avatarSha)) found.add(file + " is her picture");
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String value : values) {
                    if (content.contains(value)) found.add(file + " holds " + value);
                }
            }
        }
        return found;
    }

    private static byte[] randomPicture() throws IOException {
        BufferedImage picture = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Random random = new Random();
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) picture.setRGB(x, y, random.nextInt());
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        return png.toByteArray();
    }
}
