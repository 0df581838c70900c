package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PST-1 to PST-7 through the API, with real files made here: the six types, uploads judged by their content, a
 * picture's metadata gone, walls paged by cursor, and P7 on every read path of a post published in a group only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostTest extends ApiTestSupport {

    private static final String GPS = "GPSLatitude=48.8566;GPSLongitude=2.3522";

    private TestSection section;
    private TestMember author;
    private TestMember reader;
    private TestMember outsider;

    @BeforeAll
    void threeMembers() {
        section = newSection("Section Publications " + unique(), "75111");
        author = newMember(section, "Aurore", "Autrice");
        reader = newMember(section, "Rémi", "Lecteur");
        outsider = newMember(newSection("Section Ailleurs " + unique(), "75112"), "Octave", "Dehors");
        for (TestMember member : List.of(author, reader, outsider)) {
            assertThat(put("/api/me/visibility", member.token(), Map.of("visibility", "EVERYONE")).status()).isEqualTo(202);
        }
    }

    @Test
    void anArticleIsSanitisedAndAVideoBecomesAPlayer() {
        Answer article = post("/api/posts", author.token(), Map.of("type", "ARTICLE", "title", "Le logement",
                "text", "<p onclick=\"x()\">Un <b>toit</b> pour <i>tous</i><script>alert(1)</script> "
                        + "<a href=\"javascript:alert(1)\">piège</a> <a href=\"https://exemple.fr/\">source</a></p>"
                        + "<img src=x onerror=alert(1)><ul><li>un</li></ul>",
                "tags", "Logement, #Social,logement"));
        assertThat(article.status()).as(article.raw()).isEqualTo(201);
        JsonNode page = visible(article.text("id"), reader.token());
        String html = page.path("text").asText();
        assertThat(html).contains("<b>toit</b>", "<i>tous</i>", "<ul><li>un</li></ul>", "href=\"https://exemple.fr/\"")
                .doesNotContain("script", "onclick", "javascript", "onerror", "<img");
        assertThat(page.path("tags").toString()).isEqualTo("[\"logement\",\"social\"]");

        Answer video = post("/api/posts", author.token(), Map.of("type", "VIDEO", "title", "Meeting",
                "url", "https://youtu.be/dQw4w9WgXcQ?t=3"));
        assertThat(video.status()).as(video.raw()).isEqualTo(201);
        assertThat(visible(video.text("id"), reader.token()).at("/video/playerUrl").asText())
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        Answer vimeo = post("/api/posts", author.token(), Map.of("type", "VIDEO", "title", "Vimeo",
                "url", "https://vimeo.com/76979871"));
        assertThat(visible(vimeo.text("id"), reader.token()).at("/video/provider").asText()).isEqualTo("vimeo");
        Answer elsewhere = post("/api/posts", author.token(), Map.of("type", "VIDEO", "title", "Ailleurs",
                "url", "https://videos.example.com/watch?id=1"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.raw()).contains("\"url\"");
        assertThat(post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Lien",
                "url", "javascript:alert(1)")).status()).isEqualTo(400);
        assertThat(post("/api/posts", author.token(), Map.of("type", "LINK", "title", " ", "url", "https://a.fr"))
                .status()).isEqualTo(400);
        assertThat(post("/api/posts", author.token(), Map.of("type", "IMAGE", "title", "Image par adresse",
                "url", "https://images.example.com/affiche.png")).status()).as("an address, never fetched").isEqualTo(201);
    }

    @Test
    void uploadsAreJudgedByTheirContentAndAPicturesMetadataIsGone() throws Exception {
        Answer picture = publishFile("IMAGE", "Affiche", "photo.jpg", jpegWithGpsSegment());
        assertThat(picture.status()).as(picture.raw()).isEqualTo(201);
        String imageUrl = visible(picture.text("id"), reader.token()).path("imageUrl").asText();
        byte[] stored = bytes(imageUrl, reader.token());
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored))).as("a picture").isNotNull();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("re-encoded: no GPS left").doesNotContain("GPSLatitude");

        Answer sound = publishFile("SOUND", "Discours", "discours.bin", mp3());
        assertThat(sound.status()).as(sound.raw()).isEqualTo(201);
        Answer document = publishFile("FILE", "Programme", "programme.txt", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(document.status()).as(document.raw()).isEqualTo(201);
        JsonNode file = visible(document.text("id"), reader.token()).path("file");
        assertThat(file.path("contentType").asText()).as("found in the content, whatever the name").isEqualTo("application/pdf");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(builder(file.path("url").asText(), reader.token())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(new String(download.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");

        assertThat(publishFile("IMAGE", "Pas une image", "photo.png", "bonjour".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(422);
        assertThat(publishFile("SOUND", "Pas un son", "chanson.mp3", "bonjour".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(422);
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertThat(publishFile("FILE", "Programme", "programme.pdf", executable).status())
                .as("an executable named .pdf").isEqualTo(422);
        assertThat(publishFile("FILE", "Trop gros", "gros.pdf", new byte[9 * 1024 * 1024]).status())
                .as("refused from its announced length").isEqualTo(413);
    }

    @Test
    void aPostInAGroupOnlyIsSeenByItsMembersOnEveryPath() throws Exception {
        String group = post("/api/groups", author.token(), Map.of("name", "Atelier " + unique())).text("id");
        assertThat(post("/api/groups/" + group + "/members", reader.token(), Map.of()).text("role")).isEqualTo("MEMBER");
        Answer hidden = publishFile("IMAGE", "Réservé au groupe", "photo.jpg", jpegWithGpsSegment(),
                Map.of("groupIds", List.of(group)));
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(201);
        String id = hidden.text("id");
        String imageUrl = visible(id, reader.token()).path("imageUrl").asText();
        assertThat(post("/api/posts/" + id + "/comments", reader.token(), Map.of("body", "Bravo")).status()).isEqualTo(201);

        // The outsider: no page, no wall entry, no picture, no comment.
        assertThat(get("/api/posts/" + id, outsider.token()).status()).isEqualTo(404);
        assertThat(ids(get("/api/members/" + author.id() + "/wall", outsider.token()).body())).doesNotContain(id);
        assertThat(get(imageUrl, outsider.token()).status()).isEqualTo(404);
        assertThat(post("/api/posts/" + id + "/comments", outsider.token(), Map.of("body", "Je vois ?")).status())
                .isEqualTo(404);
        assertThat(post("/api/posts", outsider.token(), Map.of("type", "LINK", "title", "Intrus", "url", "https://a.fr",
                "groupIds", List.of(group))).status()).as("one publishes only in one's groups").isEqualTo(400);

        // The member: all of it, until they leave the group.
        assertThat(ids(get("/api/members/" + author.id() + "/wall", reader.token()).body())).contains(id);
        assertThat(get(imageUrl, reader.token()).status()).isEqualTo(200);
        assertThat(get("/api/posts/" + id, reader.token()).body().at("/comments/0/body").asText()).isEqualTo("Bravo");
        assertThat(send(builder("/api/groups/" + group + "/members/" + reader.id(), reader.token()).DELETE()).status())
                .isEqualTo(204);
        assertThat(get("/api/posts/" + id, reader.token()).status()).as("from the next request").isEqualTo(404);
        assertThat(ids(get("/api/members/" + author.id() + "/wall", reader.token()).body())).doesNotContain(id);
        assertThat(get(imageUrl, reader.token()).status()).isEqualTo(404);
    }

    @Test
    void aWallIsPagedByCursorAndItsOwnerDeletesWhatOthersWrote() {
        TestMember owner = newMember(section, "Wanda", "Mur");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) written.add(post("/api/posts", owner.token(), link("Lien " + i)).text("id"));
        Answer fromReader = post("/api/members/" + owner.id() + "/wall", reader.token(), link("Bonjour Wanda"));
        assertThat(fromReader.status()).as(fromReader.raw()).isEqualTo(201);
        written.add(fromReader.text("id"));
        await("the wall", () -> get("/api/members/" + owner.id() + "/wall?size=100", reader.token()).body()
                .path("items").size() == 6);

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/members/" + owner.id() + "/wall?size=2" + (cursor == null ? "" : "&before=" + cursor),
                    reader.token()).body();
            if (pages == 0) post("/api/posts", owner.token(), link("Arrivé entre deux pages"));
            for (String id : ids(page)) assertThat(seen.add(id)).as("never twice: " + id).isTrue();
            cursor = page.path("next").asText(null);
            pages++;
        } while (cursor != null);
        assertThat(seen).as("nothing skipped while a new post arrived").containsExactlyInAnyOrderElementsOf(written);

        Mail told = awaitMail(owner.email(), "a écrit sur ton mur");
        await("NOT-2: the wall's alert", () -> get("/api/me/alerts", owner.token()).body().path("newWallPosts").asInt() == 1);
        assertThat(post("/api/me/alerts/read", owner.token(), Map.of()).status()).isEqualTo(204);
        assertThat(get("/api/me/alerts", owner.token()).body().path("newWallPosts").asInt()).isZero();
        assertThat(told.body()).contains("Bonjour Wanda", "Rémi Lecteur", "« Bonjour Wanda »").doesNotContain(reader.email());
        assertThat(put("/api/me/notifications", owner.token(), Map.of("newMessage", true, "wallPost", false,
                "coopainRequest", true)).status()).isEqualTo(202);
        await("the switch off", () -> !get("/api/me", owner.token()).body()
                .at("/privateData/notificationSettings/wallPost").asBoolean(true));
        post("/api/members/" + owner.id() + "/wall", reader.token(), link("Encore moi"));
        post("/api/members/" + author.id() + "/wall", reader.token(), link("Bonjour Aurore"));
        awaitMail(author.email(), "a écrit sur ton mur");
        assertThat(mailbox(owner.email())).as("the switch is off: one e-mail, for the first message only")
                .filteredOn(mail -> mail.subject().contains("a écrit sur ton mur")).hasSize(1);

        assertThat(send(builder("/api/posts/" + written.get(0), reader.token()).DELETE()).status())
                .as("only the author or the wall's owner").isEqualTo(403);
        assertThat(send(builder("/api/posts/" + fromReader.text("id"), owner.token()).DELETE()).status()).isEqualTo(204);
        await("the message gone", () -> get("/api/posts/" + fromReader.text("id"), reader.token()).status() == 404);
        assertThat(get("/api/members/" + UUID.randomUUID() + "/wall", reader.token()).status()).isEqualTo(404);
        assertThat(get("/api/members/" + owner.id() + "/wall?before=n'importe", reader.token()).status()).isEqualTo(400);
    }

    @Test
    void theNetworkFeedShowsByScopeOnlyWhatTheViewerMaySee() {
        String group = post("/api/groups", author.token(), Map.of("name", "Fil " + unique())).text("id");
        assertThat(post("/api/groups/" + group + "/members", reader.token(), Map.of()).status()).isEqualTo(200);
        String inGroup = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "Au groupe", "url",
                "https://a.fr", "groupIds", List.of(group))).text("id");
        String inSection = post("/api/posts", author.token(), Map.of("type", "LINK", "title", "À la section", "url",
                "https://a.fr", "inSectionSpace", true)).text("id");
        String everyone = post("/api/posts", author.token(), link("À tous")).text("id");
        String onWall = post("/api/members/" + reader.id() + "/wall", author.token(), link("Sur ton mur")).text("id");
        await("the reader's feed", () -> feed(reader.token(), "all").containsAll(List.of(inGroup, inSection, everyone)));

        assertThat(feed(reader.token(), "all")).as("a wall's message stays on the wall").doesNotContain(onWall);
        assertThat(feed(reader.token(), "groups")).contains(inGroup).doesNotContain(inSection, everyone);
        assertThat(feed(reader.token(), "section")).contains(inGroup, inSection, everyone);
        assertThat(feed(reader.token(), "party")).contains(everyone).doesNotContain(inGroup, inSection);
        assertThat(feed(outsider.token(), "all")).contains(everyone).doesNotContain(inGroup, inSection, onWall);
        assertThat(feed(outsider.token(), "section")).doesNotContain(everyone);
        JsonNode dashboard = get("/api/me/dashboard?scope=groups", reader.token()).body();
        assertThat(dashboard.at("/networkPosts/items/0/postId").asText()).isEqualTo(inGroup);
        assertThat(get("/api/me/feed?scope=everywhere", reader.token()).status()).isEqualTo(400);
    }

    @Test
    void aPublicPostNamesItsAuthorOnlyToThoseWhoMaySeeTheirProfile() {
        TestMember discreet = newMember(section, "Denise", "Reservee");
        String id = post("/api/posts", discreet.token(), link("Public, par une discrète")).text("id");
        assertThat(post("/api/posts/" + id + "/comments", discreet.token(), Map.of("body", "Mon commentaire")).status())
                .isEqualTo(201);
        await("the comment", () -> get("/api/posts/" + id, outsider.token()).body().path("comments").size() == 1);
        JsonNode seenFromOutside = get("/api/posts/" + id, outsider.token()).body();
        assertThat(seenFromOutside.at("/author/memberId").asText(null)).as("P4: NETWORK, another section").isNull();
        assertThat(seenFromOutside.at("/comments/0/author/memberId").asText(null)).isNull();
        assertThat(seenFromOutside.toString()).doesNotContain("Reservee", discreet.id());
        assertThat(get("/api/posts/" + id, reader.token()).body().at("/author/lastName").asText())
                .as("a member of her section").isEqualTo("Reservee");
    }

    private List<String> feed(String token, String scope) {
        return ids(get("/api/me/feed?size=100&scope=" + scope, token).body());
    }

    private static Map<String, Object> link(String title) {
        return Map.of("type", "LINK", "title", title, "url", "https://www.lacoopol.fr/" + UUID.randomUUID());
    }

    private JsonNode visible(String id, String token) {
        return await("the post " + id, () -> {
            Answer page = get("/api/posts/" + id, token);
            return page.status() == 200 ? page.body() : null;
        });
    }

    /** The posts of a page: a feed's items are posts, a wall's hold a post or a deed. */
    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> {
            JsonNode post = item.has("post") ? item.path("post") : item;
            if (post.has("postId")) ids.add(post.path("postId").asText());
        });
        return ids;
    }

    private Answer publishFile(String type, String title, String fileName, byte[] content) throws Exception {
        return publishFile(type, title, fileName, content, Map.of());
    }

    /** A multipart post as a browser's form sends it: the JSON in part "post", the file in part "file". */
    private Answer publishFile(String type, String title, String fileName, byte[] content, Map<String, Object> more)
            throws Exception {
        Map<String, Object> post = new java.util.HashMap<>(more);
        post.put("type", type);
        post.put("title", title);
        String boundary = "coopol-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"post\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + JSON.writeValueAsString(post) + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder("/api/posts", author.token()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private byte[] bytes(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(builder(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * A JPEG carrying an Exif-like APP1 segment with a GPS position, as a phone's photo does; a picture of its own
     * each time (files are stored by content: the same picture in a public post would be public).
     */
    private static byte[] jpegWithGpsSegment() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, new java.util.Random().nextInt(0xFFFFFF));
        image.setRGB(63, 47, (int) System.nanoTime() & 0xFFFFFF);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] payload = ("Exif\0\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(0xFF);
        tagged.write(0xE1);
        int length = payload.length + 2;
        tagged.write(length >> 8);
        tagged.write(length & 0xFF);
        tagged.writeBytes(payload);
        tagged.write(plain, 2, plain.length - 2);
        assertThat(new String(tagged.toByteArray(), StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        return tagged.toByteArray();
    }

    /** An MP3 as players read it: an ID3v2 header, then MPEG audio frames. */
    private static byte[] mp3() {
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        mp3.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        for (int frame = 0; frame < 20; frame++) {
            byte[] data = new byte[417];
            data[0] = (byte) 0xFF;
            data[1] = (byte) 0xFB;
            data[2] = (byte) 0x90;
            data[3] = (byte) 0x64;
            mp3.writeBytes(data);
        }
        return mp3.toByteArray();
    }
}
