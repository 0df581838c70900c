package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.lacoopol.CoopolApplication;
import fr.lacoopol.member.Folding;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with real PostgreSQL, Elasticsearch and SMTP/IMAP, and the demo
 * data loaded. Every test class extends this one, so Spring starts a single application for the whole suite.
 * An import's aggregate is snapshotted every 3 events, so that every import and undo test reads past a snapshot.
 * The database and index prefix come from ./coopol test (COOPOL_DB_NAME, COOPOL_INDEX_PREFIX): a developer's
 * running instance is never touched.
 */
@SpringBootTest(classes = CoopolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"coopol.demo=true", "coopol.mail.dispatch-interval-ms=100",
                "coopol.event-store.gap-timeout-ms=1500", "coopol.imports.resume-interval=PT1S",
                "coopol.imports.snapshot-every=3",
                "db-scheduler.polling-interval=1s", "axon.eventhandling.processors.poison-probe.dlq.enabled=true"})
public abstract class ApiTestSupport {

    public static final String DEMO_PASSWORD = "coopol-demo-2026";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** One file store for every application context of the run, as they share one database. */
    protected static final String FILES = temporaryDirectory("coopol-files");

    static {
        CoopolApplication.disableAxonUpdateChecker();
    }

    @LocalServerPort
    protected int port;
    @Autowired
    private Environment environment;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void isolatedServices(DynamicPropertyRegistry registry) {
        String database = env("COOPOL_DB_NAME", "coopol_test");
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + database);
        registry.add("coopol.search.index-prefix", () -> env("COOPOL_INDEX_PREFIX", "test_"));
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("coopol.mail.imap-port", () -> IMAP_PORT);
        registry.add("coopol.files.path", () -> FILES);
    }

    /** An HTTP answer: its status and its body as JSON (null when empty). */
    public record Answer(int status, JsonNode body, String raw) {

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    protected Answer get(String path, String token) {
        return send(builder(path, token).GET());
    }

    protected Answer post(String path, String token, Object body) {
        return send(builder(path, token).POST(json(body)).header("Content-Type", "application/json"));
    }

    protected Answer put(String path, String token, Object body) {
        return send(builder(path, token).PUT(json(body)).header("Content-Type", "application/json"));
    }

    protected Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = raw == null || raw.isBlank() || !json ? null : JSON.readTree(raw);
            return new Answer(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpRequest.Builder builder(String path, String token) {
        return builder(port, path, token);
    }

    /** A request to the instance of the application listening on {@code port}. */
    protected static HttpRequest.Builder builder(int port, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) builder.header("Authorization", "Bearer " + token);
        return builder;
    }

    /** A multipart upload of one file in the part "file", as a browser's form sends it. */
    protected Answer upload(String path, String token, String fileName, byte[] content) {
        return upload("POST", path, token, fileName, content);
    }

    protected Answer upload(String method, String path, String token, String fileName, byte[] content) {
        String boundary = "coopol-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A file kept under src/test/resources/imports. */
    protected static byte[] importFile(String name) {
        try (InputStream in = ApiTestSupport.class.getResourceAsStream("/imports/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in once per address and run (login is throttled, as it should be). */
    protected String tokenOf(String email) {
        return TOKENS.computeIfAbsent(email, e -> login(e, DEMO_PASSWORD));
    }

    protected String login(String email, String password) {
        Answer answer = post("/api/auth/login", null, Map.of("email", email, "password", password));
        assertThat(answer.status()).as("login of %s: %s", email, answer.raw()).isEqualTo(200);
        return answer.text("token");
    }

    protected static String demo(String firstDotLast) {
        return firstDotLast + "@demo.lacoopol.fr";
    }

    /** Waits for a read model or a mailbox to catch up. */
    protected static <T> T await(String what, Supplier<T> probe) {
        return await(what, probe, 20);
    }

    protected static <T> T await(String what, Supplier<T> probe, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) return value;
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A delivered e-mail, as a mail client reads it. */
    public record Mail(String from, List<String> to, String subject, String body) {
    }

    /** Reads a mailbox over IMAP, logging in with the address and any password (the local GreenMail). */
    protected List<Mail> mailbox(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(IMAP_PORT));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(address, "any password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    List<String> to = new ArrayList<>();
                    for (var recipient : message.getAllRecipients()) to.add(recipient.toString());
                    mails.add(new Mail(((InternetAddress) message.getFrom()[0]).toUnicodeString(), to, message.getSubject(),
                            message.getContent().toString()));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /**
     * The latest e-mail to {@code address} whose subject holds {@code subjectPart}, once it has come. The local
     * server creates a mailbox at its first delivery or login, and a login racing that creation can be dropped
     * ("BYE", once in a full run): a mailbox that cannot be read yet is "not yet", and the last such failure is
     * reported with the timeout if the e-mail never comes.
     */
    protected Mail awaitMail(String address, String subjectPart) {
        AtomicReference<IllegalStateException> unreadable = new AtomicReference<>();
        try {
            return await("an e-mail to " + address, () -> {
                try {
                    return mailbox(address).stream().filter(m -> m.subject().contains(subjectPart))
                            .reduce((first, second) -> second).orElse(null);
                } catch (IllegalStateException e) {
                    unreadable.set(e);
                    return null;
                }
            });
        } catch (AssertionError timedOut) {
            if (unreadable.get() != null) timedOut.addSuppressed(unreadable.get());
            throw timedOut;
        }
    }

    private static final Pattern LINK = Pattern.compile("/(invitation|mot-de-passe|confirmer-email|desinscription)/([A-Za-z0-9_.-]+)");

    /** The token of the link in an e-mail (invitation, reset, confirmation, unsubscribe). */
    protected static String linkToken(Mail mail) {
        Matcher matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).as("a link in: %s", mail.subject()).isTrue();
        return matcher.group(2);
    }

    /** A section of a test class's own, in Paris, created by its referent; its secretary has joined and logged in. */
    protected record TestSection(String id, String federationId, String secretaryId, String secretary) {
    }

    protected TestSection newSection(String name, String postalCode) {
        String camille = tokenOf(demo("camille.referent"));
        String sabine = tokenOf(demo("sabine.un"));
        String paris = get("/api/sections/" + get("/api/me", sabine).text("sectionId"), sabine).text("federationId");
        String email = "secretaire-" + unique() + "@exemple.fr";
        Answer section = post("/api/federations/" + paris + "/sections", camille, Map.of("name", name,
                "address", Map.of("postalCode", postalCode, "city", "Paris"),
                "secretary", Map.of("firstName", "Sam", "lastName", "Secrétaire", "email", email)));
        assertThat(section.status()).as(section.raw()).isEqualTo(201);
        return new TestSection(section.text("id"), paris, section.text("personId"), join(email));
    }

    /** A member of the section, invited by its secretary, joined and logged in: their id and token. */
    protected record TestMember(String id, String email, String token) {
    }

    protected TestMember newMember(TestSection section, String firstName, String lastName) {
        String email = Folding.fold(firstName + "." + lastName).replace(' ', '-') + "-" + unique() + "@exemple.fr";
        Answer person = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "MEMBER", "firstName", firstName, "lastName", lastName, "email", email));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        Answer invited = post("/api/sections/" + section.id() + "/invitations", section.secretary(),
                Map.of("memberIds", List.of(person.text("id"))));
        assertThat(invited.body().path("invited").asInt()).as(invited.raw()).isEqualTo(1);
        return new TestMember(person.text("id"), email, join(email));
    }

    /** Follows the invitation e-mail: accepts the charter, chooses a password, logs in. */
    protected String join(String email) {
        String token = linkToken(awaitMail(email, "invitation"));
        Answer accepted = post("/api/invitations/" + token + "/accept", null,
                Map.of("password", "mot de passe solide", "charterAccepted", true));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        return login(email, "mot de passe solide");
    }

    /**
     * The command-line arguments of another instance of this application: the same database, index, files and mail
     * relay; a port of its own; no mail server of its own. As arguments, they outrank application.yml, as the
     * environment does for a real start.
     */
    protected String[] anotherInstance() {
        Map<String, Object> properties = new HashMap<>();
        for (String name : List.of("spring.datasource.url", "coopol.search.index-prefix", "spring.mail.port",
                "coopol.files.path")) {
            properties.put(name, environment.getRequiredProperty(name));
        }
        properties.put("server.port", 0);
        properties.put("coopol.demo", true);
        properties.put("coopol.mail.embedded", false);
        properties.put("db-scheduler.polling-interval", "1s");
        properties.put("spring.main.banner-mode", "off");
        return properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    }

    protected static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
