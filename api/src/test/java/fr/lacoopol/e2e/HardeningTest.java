package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attacker and a newcomer found against the running application (issue 14), one test per finding.
 * Each works on people of its own (a section of the class's, members made for the test), never on demo
 * members that other tests read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${coopol.files.path}")
    Path files;

    private TestSection section;
    private TestSection otherSection;

    @BeforeAll
    void sections() {
        section = newSection("Durcie", "75014");
        otherSection = newSection("Voisine", "75015");
    }

    // 1. Member files are never public.

    @Test
    void anImportedMemberFileIsNeverServedAsAFileAndARefusedUploadIsNotKept() throws Exception {
        byte[] csv = "Prénom;Nom;E-mail\nMarie;Fichier;marie.fichier@exemple.fr\n".getBytes(StandardCharsets.UTF_8);
        Answer uploaded = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "membres.csv", csv);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String hash = sha256(csv);
        for (String token : new String[] {null, section.secretary(), tokenOf(demo("victor.martin"))}) {
            Answer file = get("/api/files/" + hash, token);
            assertThat(file.status()).as("member file as %s", token).isIn(401, 404);
            assertThat(file.raw()).doesNotContain("marie.fichier");
        }

        long kept = countFiles();
        Answer refused = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "photo.csv",
                importFile("not-a-csv.png"));
        assertThat(refused.status()).as(refused.raw()).isBetween(400, 499);
        assertThat(countFiles()).isEqualTo(kept);
    }

    @Test
    void anAvatarIsServedOnlyToWhoMaySeeItsOwnersProfileWithItsOwnTypeAndNosniff() throws Exception {
        TestMember hidden = newMember(section, "Hélène", "Cachée");
        assertThat(put("/api/me/visibility", hidden.token(), Map.of("visibility", "SECRETARY_ONLY")).status()).isEqualTo(202);
        Answer uploaded = upload("PUT", "/api/me/avatar", hidden.token(), "moi.png", png());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(202);
        String url = uploaded.text("avatarUrl");
        TestMember neighbour = newMember(otherSection, "Nina", "Voisine");
        await("the avatar on the profile", () -> url.equals(get("/api/me", hidden.token()).text("avatarUrl")));
        await("the visibility on the profile", () -> get("/api/members/" + hidden.id(), neighbour.token()).status() == 404);

        assertThat(get(url, null).status()).isEqualTo(401);
        Answer stranger = get(url, neighbour.token());
        Answer missing = get("/api/files/" + "0".repeat(64), neighbour.token());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(withoutInstance(stranger)).isEqualTo(withoutInstance(missing));
        var owner = java.net.http.HttpClient.newHttpClient().send(builder(url, section.secretary()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(owner.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(owner.headers().firstValue("Cache-Control").orElse("")).contains("private").doesNotContain("public");
    }

    // 2. No oracles.

    @Test
    void changingOnesAddressToAnotherAccountsAnswersAsForAFreeOneAndTellsOnlyTheOwner() {
        TestMember asker = newMember(section, "Ada", "Curieuse");
        TestMember owner = newMember(otherSection, "Octave", "Titulaire");
        Answer taken = put("/api/me/connection", asker.token(), Map.of("firstName", "Ada", "lastName", "Curieuse",
                "email", owner.email()));
        Answer free = put("/api/me/connection", asker.token(), Map.of("firstName", "Ada", "lastName", "Curieuse",
                "email", "ada.libre-" + unique() + "@exemple.fr"));
        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(free.body());
        Mail notice = awaitMail(owner.email(), "proposée pour un autre compte");
        assertThat(notice.body()).doesNotContain("Ada", "Curieuse", asker.email());
        assertThat(mailbox(owner.email())).noneMatch(mail -> mail.subject().contains("Confirme"));
    }

    @Test
    void addressChangesAndCurrentPasswordChecksAreThrottledLikeLogins() {
        TestMember member = newMember(section, "Théo", "Insistant");
        Answer last = null;
        for (int i = 0; i < 11; i++) {
            last = put("/api/me/connection", member.token(), Map.of("firstName", "Théo", "lastName", "Insistant",
                    "email", member.email(), "currentPassword", "pas le bon " + i, "newPassword", "nouveau mot de passe"));
        }
        assertThat(last.status()).as(last.raw()).isEqualTo(429);
        assertThat(last.text("code")).isEqualTo("too_many_attempts");
    }

    @Test
    void passwordResetRequestsAreThrottledPerAddressWhetherItHasAnAccountOrNot() {
        for (String email : List.of(newMember(section, "Rémi", "Oublieux").email(), "personne-" + unique() + "@exemple.fr")) {
            for (int i = 0; i < 3; i++) {
                assertThat(post("/api/auth/password-reset-requests", null, Map.of("email", email)).status()).isEqualTo(202);
            }
            Answer fourth = post("/api/auth/password-reset-requests", null, Map.of("email", email));
            assertThat(fourth.status()).isEqualTo(429);
            assertThat(fourth.text("code")).isEqualTo("too_many_requests");
        }
    }

    @Test
    void aCoopainRequestOrConversationOneMayNotSeeAnswersExactlyLikeOneThatDoesNotExist() {
        TestMember rose = newMember(section, "Rose", "Demandeuse");
        TestMember yann = newMember(section, "Yann", "Demandé");
        TestMember eve = newMember(otherSection, "Ève", "Curieuse");
        String requestId = post("/api/coopain-requests", rose.token(), Map.of("memberId", yann.id())).text("requestId");
        Answer realBond = post("/api/coopain-requests/" + requestId + "/accept", eve.token(), Map.of());
        Answer noBond = post("/api/coopain-requests/" + java.util.UUID.randomUUID() + "/accept", eve.token(), Map.of());
        assertThat(realBond.status()).isEqualTo(noBond.status()).isEqualTo(404);
        assertThat(withoutInstance(realBond)).isEqualTo(withoutInstance(noBond));

        String conversation = post("/api/conversations", rose.token(), Map.of("recipientIds", List.of(yann.id()),
                "subject", "Entre nous", "body", "Rien que pour toi")).text("conversationId");
        Answer someoneElses = get("/api/conversations/" + conversation, eve.token());
        Answer none = get("/api/conversations/" + java.util.UUID.randomUUID(), eve.token());
        assertThat(withoutInstance(someoneElses)).isEqualTo(withoutInstance(none));
        Answer markOthers = post("/api/me/conversations/read", eve.token(), Map.of("conversationIds", List.of(conversation)));
        Answer markNone = post("/api/me/conversations/read", eve.token(),
                Map.of("conversationIds", List.of(java.util.UUID.randomUUID().toString())));
        assertThat(withoutInstance(markOthers)).isEqualTo(withoutInstance(markNone));
    }

    // 3. No 500 for bad input.

    @Test
    void aPassphraseLongerThanBcryptReadsIsAcceptedAndEveryCharacterCounts() {
        TestMember member = newMember(section, "Paul", "Phrase");
        String passphrase = "é".repeat(40) + " une phrase de passe bien plus longue que soixante-douze octets";
        Answer changed = put("/api/me/connection", member.token(), Map.of("firstName", "Paul", "lastName", "Phrase",
                "email", member.email(), "currentPassword", "mot de passe solide", "newPassword", passphrase));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(202);
        assertThat(login(member.email(), passphrase)).isNotBlank();
        Answer samePrefix = post("/api/auth/login", null, Map.of("email", member.email(),
                "password", passphrase.substring(0, 72) + " autre fin"));
        assertThat(samePrefix.status()).isEqualTo(401);
        Answer tooLong = post("/api/auth/password-strength", null, Map.of("password", "x".repeat(5_000)));
        assertThat(tooLong.status()).isEqualTo(200);
    }

    @Test
    void badInputsAreFieldErrorsInFrenchNeverA500() {
        String token = section.secretary();
        Answer nullInList = post("/api/conversations", token, Map.of("recipientIds", java.util.Arrays.asList("x", null),
                "subject", "s", "body", "b"));
        assertThat(nullInList.status()).isEqualTo(400);
        assertThat(nullInList.body().at("/errors/0/field").asText()).isEqualTo("recipientIds[1]");

        for (String q : List.of("%00", "a%00b", "x".repeat(1_500))) {
            for (String path : List.of("/api/members?q=", "/api/members/autocomplete?q=",
                    "/api/sections/" + section.id() + "/members?q=")) {
                Answer answer = get(path + q, token);
                assertThat(answer.status()).as(path + q.substring(0, Math.min(10, q.length()))).isEqualTo(400);
                assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("q");
            }
        }

        Answer badEnum = put("/api/me/visibility", token, Map.of("visibility", "TOUT_LE_MONDE"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.body().at("/errors/0/field").asText()).isEqualTo("visibility");
        assertThat(badEnum.body().at("/errors/0/message").asText()).contains("SECRETARY_ONLY", "NETWORK", "EVERYONE");
        Answer badEnumParameter = get("/api/sections/" + section.id() + "/members?type=ADHERENT", token);
        assertThat(badEnumParameter.body().at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(badEnumParameter.body().at("/errors/0/message").asText()).contains("MEMBER", "SUPPORTER");

        Answer wrongMethod = send(builder("/api/charter", token).DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("detail")).isEqualTo("cette méthode n'est pas permise sur cette adresse");
    }

    @Test
    void whatTomcatRefusesItselfIsAFrenchProblemToo() throws IOException {
        String answer = rawRequest("127.0.0.1", "GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("la requête est mal formée").doesNotContain("<html");
    }

    // 4. Uploads bounded early.

    @Test
    void aPictureAnnouncedOver8MbIsRefusedWith413BeforeItsBodyIsSent() throws IOException {
        String answer = rawRequest("127.0.0.1", "PUT /api/me/avatar HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + section.secretary() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (20L * 1024 * 1024) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("file_too_large");
    }

    // 5. Sessions end; what is whose.

    @Test
    void aSessionEndsWhenIdleTooLongOrTooOld() {
        TestMember idle = newMember(section, "Iris", "Absente");
        TestMember old = newMember(section, "Odon", "Ancien");
        assertThat(get("/api/me", idle.token()).status()).isEqualTo(200);
        jdbc.update("UPDATE auth_session SET last_seen_at = now() - interval '9 hours' WHERE principal = ?", idle.id());
        jdbc.update("UPDATE auth_session SET created_at = now() - interval '8 days' WHERE principal = ?", old.id());
        assertThat(get("/api/me", idle.token()).status()).isEqualTo(401);
        assertThat(get("/api/me", old.token()).status()).isEqualTo(401);
    }

    @Test
    void theActuatorBeyondHealthIsForAdministrators() {
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(get("/actuator/metrics", section.secretary()).status()).isEqualTo(403);
        assertThat(get("/actuator/info", section.secretary()).status()).isEqualTo(403);
        assertThat(get("/actuator/metrics", login(demo("admin"), DEMO_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void theClientAddressForThrottlingIgnoresForwardedHeadersFromAnUntrustedPeer() throws IOException {
        // From an address of its own on the loopback, so that no other test shares its limit.
        String lastAnswer = null;
        for (int i = 0; i < 21; i++) {
            String body = "{\"email\":\"flot-" + i + "-" + unique() + "@exemple.fr\"}";
            lastAnswer = rawRequest("127.0.0.77", "POST /api/auth/password-reset-requests HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Forwarded-For: 203.0.113." + i + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        }
        assertThat(lastAnswer).startsWith("HTTP/1.1 429");
    }

    @Test
    void theImageRunsAsAUserOfItsOwn() throws IOException {
        String dockerfile = Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("Dockerfile"));
        assertThat(dockerfile.lines().filter(line -> line.startsWith("USER ")).toList())
                .singleElement().isNotIn("USER root", "USER 0");
    }

    // 6. Nothing in clear that should not be.

    @Test
    void aDeliveredMailLeavesNoAddressBodyOrLinkInTheOutbox() {
        newMember(section, "Diane", "Livrée");
        await("a mail marked sent", () -> jdbc.queryForObject(
                "SELECT count(*) FROM mail_outbox WHERE state = 'SENT'", Long.class) > 0);
        Long left = jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox WHERE state = 'SENT'
                AND (recipient <> '' OR subject <> '' OR body <> '' OR sender_name IS NOT NULL OR unsubscribe_url IS NOT NULL)""",
                Long.class);
        assertThat(left).isZero();
    }

    @Test
    void anImportsRejectionReasonsCarryNoPersonalValueInTheEventStore() {
        String badEmail = "marie.secrete-" + unique() + "@@gmail";
        byte[] csv = ("Prénom;Nom;E-mail;Date de naissance\nMarie;Secrète;" + badEmail + ";01/01/1990\n"
                + "Jean;Daté;jean-" + unique() + "@exemple.fr;31/02/1977\n").getBytes(StandardCharsets.UTF_8);
        JsonNode report = importAndWait(section, csv);
        assertThat(report.path("rejected").asInt()).as(report.toString()).isEqualTo(2);
        Long clear = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?
                   OR convert_from(payload, 'UTF8') LIKE '%31/02/1977%'""", Long.class, "%" + badEmail + "%");
        assertThat(clear).isZero();
    }

    @Test
    void lineBreaksInANameAreFoldedIntoOneLine() {
        TestMember member = newMember(section, "Line", "Brisée");
        assertThat(put("/api/me/connection", member.token(), Map.of("firstName", "Line\r\nBcc: tous@exemple.fr",
                "lastName", "Brisée", "email", member.email())).status()).isEqualTo(202);
        String firstName = await("the folded name", () -> {
            String name = get("/api/me", member.token()).text("firstName");
            return name.startsWith("Line ") ? name : null;
        });
        assertThat(firstName).isEqualTo("Line Bcc: tous@exemple.fr");
    }

    @Test
    void everyDemoAccountHasItsOwnSalt() {
        List<String> hashes = jdbc.queryForList("""
                SELECT c.password_hash FROM credential c JOIN member_access a ON a.member_id = c.member_id
                WHERE a.login_email LIKE '%@demo.lacoopol.fr' AND a.login_email NOT LIKE 'membre.%'""", String.class);
        // The benchmarks' synthetic volume (membre.NNNNNN, COOPOL_DEMO_MEMBERS) shares one hash, computed once for all.
        assertThat(hashes).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates();
    }

    // 7. Unique data.

    @Test
    void aSecondFederationForADepartementIsRefused() {
        String admin = login(demo("admin"), DEMO_PASSWORD);
        Answer second = post("/api/federations", admin, Map.of("name", "Paris bis", "departmentCode", "75",
                "referent", Map.of("firstName", "Bis", "lastName", "Repetita", "email", "bis-" + unique() + "@exemple.fr")));
        assertThat(second.status()).as(second.raw()).isEqualTo(409);
        assertThat(second.text("code")).isEqualTo("federation_exists");
    }

    // 9. Once means once.

    @Test
    void aDoubleClickOnInviteSendsOneMailWhoseLinkWorks() {
        String email = "double-" + unique() + "@exemple.fr";
        String person = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "MEMBER", "firstName", "Double", "lastName", "Clic", "email", email)).text("id");
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> post("/api/sections/" + section.id()
                + "/invitations", section.secretary(), Map.of("memberIds", List.of(person))));
        Answer second = post("/api/sections/" + section.id() + "/invitations", section.secretary(),
                Map.of("memberIds", List.of(person)));
        assertThat(first.join().status()).isEqualTo(second.status()).isEqualTo(202);
        String token = join(email);
        assertThat(token).isNotBlank();
        assertThat(mailbox(email).stream().filter(mail -> mail.subject().contains("invitation")).count()).isEqualTo(1);
    }

    @Test
    void aPostSentAgainWithItsIdempotencyKeyRunsOnce() {
        TestMember author = newMember(section, "Ida", "Empotente");
        TestMember reader = newMember(section, "Rita", "Lectrice");
        String key = "conv-" + unique();
        Map<String, Object> body = Map.of("recipientIds", List.of(reader.id()), "subject", "Une fois", "body", "Une seule");
        Answer first = send(builder("/api/conversations", author.token()).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(json(body)));
        Answer again = send(builder("/api/conversations", author.token()).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(json(body)));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("conversationId")).isEqualTo(first.text("conversationId"));
        JsonNode box = await("the conversation in the reader's inbox", () -> {
            JsonNode items = get("/api/me/conversations?box=inbox", reader.token()).body().path("items");
            return items.size() > 0 ? items : null;
        });
        assertThat(box.size()).isEqualTo(1);
    }

    // 10. Decided once means once.

    @Test
    void aJoinRequestAcceptedAndRefusedAtOnceEndsOneWayAndOnlyTheWinnerActs() {
        for (int attempt = 0; attempt < 3; attempt++) {
            String email = "pre-" + attempt + "-" + unique() + "@exemple.fr";
            Answer submitted = post("/api/pre-registrations", null, Map.of("firstName", "Prune", "lastName", "Course",
                    "email", email, "postalCode", "75014"));
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(202);
            String request = submitted.text("id");
            String base = "/api/sections/" + section.id() + "/requests/" + request;
            await("the request in the section's tab", () -> get("/api/sections/" + section.id() + "/requests",
                    section.secretary()).raw().contains(request));
            CompletableFuture<Answer> accept = CompletableFuture.supplyAsync(() -> post(base + "/accept", section.secretary(), Map.of()));
            CompletableFuture<Answer> refuse = CompletableFuture.supplyAsync(() -> post(base + "/refuse", section.secretary(), Map.of()));
            Answer accepted = accept.join();
            Answer refused = refuse.join();
            assertThat(Stream.of(accepted.status(), refused.status()).filter(s -> s == 200).count())
                    .as("%s / %s", accepted.raw(), refused.raw()).isEqualTo(1);
            if (refused.status() == 200) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM member_access WHERE login_email = ?", Long.class, email))
                        .isZero();
                assertThat(mailbox(email)).isEmpty();
            } else {
                assertThat(awaitMail(email, "invitation")).isNotNull();
                Answer twice = post(base + "/accept", section.secretary(), Map.of());
                assertThat(twice.status()).isEqualTo(409);
                assertThat(mailbox(email)).hasSize(1);
            }
        }
    }

    // 11. A command's answer shows what it produced.

    @Test
    void configuringASectionAnswersThePageAsTheChangeMadeIt() {
        TestSection own = newSection("Reconfigurée", "75017");
        for (String street : List.of("1 rue Neuve", "2 rue Nouvelle", "3 rue Récente")) {
            Answer configured = put("/api/sections/" + own.id(), own.secretary(), Map.of("name", "Reconfigurée",
                    "street", street, "postalCode", "75017", "city", "Paris"));
            assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
            assertThat(configured.text("street")).isEqualTo(street);
        }
    }

    // 12. Sections learn nothing of each other's people.

    @Test
    void recordingAnotherSectionsMemberAnswersAsForAnyoneAndAsksThemByMail() {
        TestMember elsewhere = newMember(otherSection, "Élise", "Ailleurs");
        Answer created = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "MEMBER", "firstName", "Élise", "lastName", "Ailleurs", "email", elsewhere.email()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Answer invited = post("/api/sections/" + section.id() + "/invitations", section.secretary(),
                Map.of("memberIds", List.of(created.text("id"))));
        assertThat(invited.body().path("invited").asInt()).as(invited.raw()).isEqualTo(1);
        Mail asked = awaitMail(elsewhere.email(), "aimerait te compter parmi ses membres");
        assertThat(asked.body()).contains("Durcie").doesNotContain("/invitation/");
        assertThat(get("/api/me", elsewhere.token()).text("sectionId")).isEqualTo(otherSection.id());

        String another = newMember(otherSection, "Anatole", "Importé").email();
        JsonNode report = importAndWait(section, ("Prénom;Nom;E-mail\nAnatole;Importé;" + another + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(report.path("imported").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).isZero();
    }

    private JsonNode importAndWait(TestSection target, byte[] csv) {
        Answer uploaded = upload("/api/sections/" + target.id() + "/imports", target.secretary(), "fichier.csv", csv);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String importId = uploaded.text("importId");
        Answer confirmed = put("/api/sections/" + target.id() + "/imports/" + importId + "/mapping", target.secretary(),
                Map.of("mapping", uploaded.body().path("mapping"), "membershipType", "MEMBER"));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(202);
        return await("import " + importId, () -> {
            JsonNode state = get("/api/sections/" + target.id() + "/imports/" + importId, target.secretary()).body();
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
    }

    /** An HTTP/1.1 exchange over a socket bound to {@code from}: what it answers first. */
    private String rawRequest(String from, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
        }
    }

    private long countFiles() throws IOException {
        if (!Files.exists(files)) return 0;
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static JsonNode withoutInstance(Answer answer) {
        ObjectNode copy = answer.body().deepCopy();
        copy.remove("instance");
        return copy;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
