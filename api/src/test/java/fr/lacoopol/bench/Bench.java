package fr.lacoopol.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./coopol bench}: measures the running stack (./coopol up --demo) from outside, over HTTP, as clients
 * use it. Prints the figures the issues name: sustained command rate with p50/p99 latency, projection lag to
 * the PostgreSQL read model and to search, and directory search latency with the size of the directory.
 * Every loop is bounded in count and time; all traffic goes to localhost.
 */
public final class Bench {

    private static final String BASE = System.getProperty("coopol.url", "http://localhost:8080");
    private static final int IMAP_PORT = Integer.getInteger("coopol.imap-port", 3143);
    private static final String DB_URL = System.getProperty("coopol.db-url", "jdbc:postgresql://127.0.0.1:5432/coopol");
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final Duration COMMAND_PHASE = Duration.ofSeconds(Long.getLong("bench.command-seconds", 20));
    private static final int IMPORT_ROWS = Integer.getInteger("bench.import-rows", 100_000);
    /** Conversations per second sent while the inbox is measured. */
    private static final int SEND_RATE = Integer.getInteger("bench.send-rate", 100);
    /** Inbox reads per second while they are sent. */
    private static final int READ_RATE = Integer.getInteger("bench.read-rate", 200);
    /**
     * The messaging phases run this long under their load before they are measured: they follow a wait for the
     * outbox, and the first seconds after an idle spell (connections reopened, caches and JIT) are not the
     * steady state. What the warm-up measured is printed too.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 5));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_.-]+)");

    /**
     * {@code -Dbench.trace=FILE}: every request of the inbox step, one line each ("R" a read, "S" a send; when it
     * started, on {@link System#nanoTime()}'s clock, in µs; how long it took, in µs), to see when slow ones happen.
     */
    private static final String TRACE_FILE = System.getProperty("bench.trace");
    private static final int EVENT_ANSWERS = Integer.getInteger("bench.event-answers", 1_000);
    private static final int EVENT_PLACES = Integer.getInteger("bench.event-places", 600);
    private static final int FEED_EVENTS = Integer.getInteger("bench.feed-events", 200);
    private static final int POSTS = Integer.getInteger("bench.posts", 200_000);
    private static final int FEED_RATE = Integer.getInteger("bench.feed-rate", 100);
    private static final int GROUP_MEMBERS = Integer.getInteger("bench.group-members", 5_000);
    private static final int POST_RATE = Integer.getInteger("bench.post-rate", 50);
    private static final String ES_URL = System.getProperty("coopol.es-url", "http://127.0.0.1:9200");
    private static final String[] POST_WORDS = {"logement", "loyers", "transports", "ecoles", "sante", "emploi",
            "climat", "velo", "marche", "tract", "collage", "reunion", "quartier", "jeunesse", "retraites", "culture",
            "securite", "proprete", "budget", "solidarite"};
    /** Issue 20's anchors, measured first in the same run (NaN when the anchors step was skipped). */
    private double rawInsertsPerSecond = Double.NaN;
    private double copyRowsPerSecond = Double.NaN;
    private double rawEventRowsPerSecond = Double.NaN;
    private final Figures figures = new Figures();
    private final CpuMeter cpu = new CpuMeter();
    private static final String FIGURES_FILE = System.getProperty("bench.json", "api/target/bench-figures.json");
    private final ConcurrentLinkedQueue<String> trace = new ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        System.out.printf("la coopol bench — %s, %d cores, %s%n", BASE, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine();
        String only = System.getProperty("bench.only", "");
        if (only.isEmpty() || only.equals("anchors") || Boolean.getBoolean("bench.anchors")) anchors();
        if (only.isEmpty() || only.equals("members")) {
            List<Client> clients = benchMembers(CLIENTS);
            commandRate(clients);
            postgresLag(clients.get(0));
            searchLag(clients.get(1), clients.get(2));
            directorySearch(clients);
        }
        if (only.equals("commands")) commandRate(benchMembers(CLIENTS));
        if (only.equals("directory")) directorySearch(benchMembers(CLIENTS));
        if (only.isEmpty() || only.equals("import")) importRate(IMPORT_ROWS);
        if (only.isEmpty() || only.equals("messaging")) messaging(true);
        if (only.equals("inbox")) messaging(false);
        if (only.isEmpty() || only.equals("agenda")) agenda();
        if (only.isEmpty() || only.equals("social")) social();
        if (only.isEmpty() || only.equals("social") || only.equals("group")) groupPost();
        if (only.isEmpty() || only.equals("audit")) audit();
        if (only.isEmpty() || only.equals("replay")) {
            replay("member-profiles");
            replay("member-directory-v1");
        }
        System.out.println();
        System.out.print(figures.table());
        figures.writeJson(java.nio.file.Path.of(FIGURES_FILE));
        System.out.println("figures written to " + FIGURES_FILE);
    }

    /**
     * Issue 20's anchors, before the application's figures: PostgreSQL's own single-row insert-and-commit by as many
     * clients as the command step uses, {@code COPY} of the import step's member file, and a read of the event store's
     * rows in order — what the commands, the import and a replay are compared with.
     */
    private void anchors() throws Exception {
        CpuMeter.Sample start = cpu.sample();
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol")) {
            db.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_anchor (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
        }
        ConcurrentLinkedQueue<Long> commits = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long began = System.nanoTime();
        long end = began + Duration.ofSeconds(5).toNanos();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            runs.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol")) {
                    db.createStatement().execute("SET synchronous_commit = on");
                    PreparedStatement insert = db.prepareStatement("INSERT INTO bench_anchor (payload) VALUES (?)");
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        insert.setString(1, "anchor");
                        insert.executeUpdate();
                        commits.add(System.nanoTime() - t0);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) run.get();
        pool.shutdown();
        rawInsertsPerSecond = commits.size() / ((System.nanoTime() - began) / 1e9);
        figures.add("anchors", "raw single-row insert-and-commit, " + CLIENTS + " clients", "tx/s", rawInsertsPerSecond,
                Figures.Distribution.ofNanos(sorted(commits)), "—", Double.NaN, cpu.coresSince(start));

        start = cpu.sample();
        byte[] file = memberFile(IMPORT_ROWS, "anchor");
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol")) {
            db.createStatement().execute("DROP TABLE bench_anchor");
            db.createStatement().execute("CREATE TEMPORARY TABLE bench_copy (number TEXT, first_name TEXT, last_name TEXT, "
                    + "email TEXT, phone TEXT, postal_code TEXT, city TEXT, since TEXT)");
            org.postgresql.copy.CopyManager copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            long rows = copy.copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)",
                    new java.io.ByteArrayInputStream(file));
            copyRowsPerSecond = rows / ((System.nanoTime() - t0) / 1e9);
        }
        figures.add("anchors", "COPY of the import step's member file (" + IMPORT_ROWS + " rows)", "rows/s",
                copyRowsPerSecond, null, "—", Double.NaN, cpu.coresSince(start));

        start = cpu.sample();
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol")) {
            db.setAutoCommit(false);
            PreparedStatement read = db.prepareStatement("SELECT globalindex, payloadtype, payload, metadata "
                    + "FROM domainevententry ORDER BY globalindex LIMIT 1000000");
            read.setFetchSize(10_000);
            long t0 = System.nanoTime();
            long rows = 0;
            try (ResultSet result = read.executeQuery()) {
                while (result.next()) {
                    result.getBytes(3);
                    rows++;
                }
            }
            rawEventRowsPerSecond = rows / ((System.nanoTime() - t0) / 1e9);
            figures.add("anchors", "the event store's rows read in order (" + rows + ")", "rows/s", rawEventRowsPerSecond,
                    null, "—", Double.NaN, cpu.coresSince(start));
        }
        System.out.printf("anchors: raw insert-and-commit %.0f tx/s (%d clients); COPY %.0f rows/s; event store read in "
                + "order %.0f rows/s%n", rawInsertsPerSecond, CLIENTS, copyRowsPerSecond, rawEventRowsPerSecond);
    }

    /** The member file the import step uploads (and the anchors step copies): {@code rows} people, CRLF, semicolons. */
    private static byte[] memberFile(int rows, String run) {
        StringBuilder csv = new StringBuilder("N° adhérent;Prénom;Nom;E-mail;Téléphone;Code postal;Ville;Date d'adhésion\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("B-").append(run).append('-').append(i).append(";Prénom").append(i).append(";Import-").append(run)
                    .append(";import-").append(run).append('-').append(i).append("@exemple.fr;01 40 00 00 00;75013;Paris;")
                    .append("01/09/2020\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Two figures of the machine itself, so that runs on different days or machines can be compared: one core's
     * speed (SHA-256 over 256 MB) and a round trip to PostgreSQL ({@code SELECT 1}), which every request makes
     * several times and which virtualisation can make several times slower while the CPU looks idle.
     */
    private void machine() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        for (int i = 0; i < 64; i++) sha.update(block); // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < 256; i++) sha.update(block);
        double hashed = 256 / ((System.nanoTime() - t0) / 1e9);
        long[] trips = new long[5_000];
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement one = db.prepareStatement("SELECT 1")) {
            for (int i = -1_000; i < trips.length; i++) {
                long t = System.nanoTime();
                one.executeQuery().close();
                if (i >= 0) trips[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(trips);
        System.out.printf("machine: SHA-256 %.0f MB/s on one core; PostgreSQL round trip (SELECT 1) p50 %.0f µs, p99 %.0f µs%n",
                hashed, trips[trips.length / 2] / 1e3, trips[trips.length * 99 / 100] / 1e3);
        // The application's cheapest request (no database, no session), 100 a second for 5 s: the latencies no
        // request can beat on this machine. On a virtual machine the kernel or the host may stop every process
        // now and then; this shows it.
        long[] liveness = new long[500];
        long next = System.nanoTime();
        for (int i = 0; i < liveness.length; i++) {
            sleepUntil(next);
            next += 10_000_000L;
            long asked = System.nanoTime();
            get("/actuator/health/liveness", null);
            liveness[i] = System.nanoTime() - asked;
        }
        Arrays.sort(liveness);
        System.out.printf("machine: the cheapest request (liveness), 100/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(liveness, 50), ms(liveness, 99), liveness[liveness.length - 1] / 1e6);
    }

    /**
     * MSG-6 and MSG-3 at the volume of a large section: the synthetic members' first section (membre.000001 is
     * its secretary; members 1, 21, 41… belong to it, some 5,000 with 100,000 synthetic members).
     * <ol>
     * <li>a broadcast by the secretary to the whole section: from the {@code 201} until every recipient has it in
     * their inbox (rows of {@code read_model.conversation_participant}, what the inbox query reads), and a few
     * recipients read it through the API;</li>
     * <li>the inbox query, 8 members reading theirs at a steady pace ({@code -Dbench.read-rate}, 200 a second in
     * all) while 8 others send conversations at a steady pace ({@code -Dbench.send-rate}, 100 a second): latency;</li>
     * <li>conversations sent by 16 members at once, flat out: rate and latency.</li>
     * </ol>
     * Between the steps, the bench waits for the outbox to be sent, and says how long that took: a step does not
     * pay for the e-mails of the one before. {@code -Dbench.only=inbox} runs the second step alone.
     */
    private void messaging(boolean everyStep) throws Exception {
        String secretary;
        try {
            secretary = login(synthetic(1), "coopol-demo-2026");
        } catch (IllegalStateException e) {
            System.out.println("messaging: skipped, it needs the synthetic members (COOPOL_DEMO_MEMBERS=100000): " + e.getMessage());
            return;
        }
        String section = get("/api/me", secretary).path("sectionId").asText();
        List<Client> members = new ArrayList<>();
        for (int n = 21; members.size() < CLIENTS; n += 20) {
            String token = login(synthetic(n), "coopol-demo-2026");
            members.add(new Client(get("/api/me", token).path("memberId").asText(), token));
        }

        if (everyStep) {
            long sent = broadcast(secretary, section, members);
            double seconds = drainMail("the broadcast's e-mails", sent);
            figures.add("messaging", "a secretary's message to a section: every e-mail handed to SMTP, from its sending",
                    "s", seconds, null, "—", Double.NaN, null);
        } else {
            drainMail("the e-mails sent before");
        }
        inboxUnderLoad(members);
        if (!everyStep) return;
        drainMail("those conversations' e-mails");
        // Last, every client sends conversations as fast as it can.
        long[] saturated = sorted(sendConversations(members, 0, COMMAND_PHASE));
        System.out.printf("conversations: %d sent by %d clients in %.1f s = %.0f/s; latency p50 %.1f ms, p99 %.1f ms%n",
                saturated.length, members.size(), COMMAND_PHASE.toSeconds() * 1.0, saturated.length * 1.0 / COMMAND_PHASE.toSeconds(),
                ms(saturated, 50), ms(saturated, 99));
    }

    /**
     * The secretary's message to the whole section, until every recipient has it in their inbox; returns when it was
     * sent (the monotonic clock).
     */
    private long broadcast(String secretary, String section, List<Client> members) throws Exception {
        long started = System.nanoTime();
        JsonNode sent = send("POST", "/api/sections/" + section + "/messages", secretary, Map.of("everyone", true,
                "subject", "Banc d'essai " + UUID.randomUUID(), "body", "Assemblée générale samedi à 10h", "noReply", true));
        double accepted = (System.nanoTime() - started) / 1e9;
        String conversation = sent.path("conversationId").asText();
        int recipients = sent.path("recipients").asInt();
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM read_model.conversation_participant "
                     + "WHERE conversation_id = ? AND in_inbox")) {
            count.setString(1, conversation);
            while (true) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= recipients) break;
                }
                Thread.sleep(5);
            }
        }
        double inEveryInbox = (System.nanoTime() - started) / 1e9;
        for (Client member : members.subList(0, 3)) {
            JsonNode inbox = get("/api/me/conversations?size=5", member.token());
            boolean found = false;
            for (JsonNode item : inbox.path("items")) found |= conversation.equals(item.path("conversationId").asText());
            if (!found) throw new IllegalStateException("the broadcast is missing from a recipient's inbox");
        }
        System.out.printf("broadcast: the secretary to the whole section, %d recipients: accepted in %.2f s, in every inbox "
                + "after %.2f s%n", recipients, accepted, inEveryInbox);
        return started;
    }

    /** Half the clients read their inbox, the other half send conversations, each at a steady pace. */
    private void inboxUnderLoad(List<Client> members) throws Exception {
        ConcurrentLinkedQueue<Long> warmUpReads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> reads = new ConcurrentLinkedQueue<>();
        List<Client> readers = members.subList(members.size() / 2, members.size());
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(readers.size());
        List<Future<?>> runs = new ArrayList<>();
        long interval = 1_000_000_000L * readers.size() / READ_RATE;
        long start = System.nanoTime();
        long measured = start + WARM_UP.toNanos();
        for (int i = 0; i < readers.size(); i++) {
            Client reader = readers.get(i);
            long offset = interval * i / readers.size();
            runs.add(pool.submit(() -> {
                long next = start + offset;
                while (sending.get()) {
                    sleepUntil(next);
                    next += interval;
                    long t0 = System.nanoTime();
                    get("/api/me/conversations?box=inbox&size=20", reader.token());
                    long took = System.nanoTime() - t0;
                    (t0 < measured ? warmUpReads : reads).add(took);
                    trace("R", t0, took);
                }
                return null;
            }));
        }
        CheapestAlongside cheapest = new CheapestAlongside("inbox");
        long[] paced = sorted(sendConversations(members.subList(0, members.size() / 2), SEND_RATE, COMMAND_PHASE));
        sending.set(false);
        for (Future<?> r : runs) r.get();
        pool.shutdown();
        cheapest.close();
        long[] readLatencies = sorted(reads);
        long[] warmUp = sorted(warmUpReads);
        System.out.printf("inbox query, %d reads/s while %d conversations/s are sent (%d sent, p99 %.1f ms): %d reads by "
                        + "%d clients, %.0f/s; latency p50 %.1f ms, p99 %.1f ms (the %d s of warm-up before: p99 %.1f ms)%n",
                READ_RATE, SEND_RATE, paced.length, ms(paced, 99), readLatencies.length, readers.size(),
                readLatencies.length * 1.0 / COMMAND_PHASE.toSeconds(), ms(readLatencies, 50), ms(readLatencies, 99),
                WARM_UP.toSeconds(), ms(warmUp, 99));
        figures.add("inbox", "inbox, " + READ_RATE + " reads/s while " + SEND_RATE + " conversations/s are sent", "ms p50",
                ms(readLatencies, 50), Figures.Distribution.ofNanos(readLatencies),
                "the cheapest request in the same phase, p50 (ms)", ms(cheapest.latencies(), 50), null);
        figures.add("inbox", "inbox, the same reads' p99", "ms p99", ms(readLatencies, 99), null,
                "the cheapest request in the same phase, p99 (ms)", ms(cheapest.latencies(), 99), null);
        if (TRACE_FILE != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(TRACE_FILE), trace);
            trace.clear();
        }
    }

    private void trace(String kind, long started, long took) {
        if (TRACE_FILE != null) trace.add(kind + " " + started / 1_000 + " " + took / 1_000);
    }

    /**
     * The agenda (EVT) at the scale of a large section: the synthetic members' first section, its secretary
     * {@code membre.000001}. An event with {@code -Dbench.event-places} places is invited to the whole section
     * (until every invitation alert is visible and every e-mail handed to SMTP); then {@code -Dbench.event-answers}
     * members answer yes at once from 16 clients while 4 others read their agenda; then a reminder to everyone
     * invited; last, a calendar feed of {@code -Dbench.feed-events} events. Logging a thousand members in needs
     * the application to trust the bench as a proxy ({@code COOPOL_TRUSTED_PROXIES='127\\.0\\.0\\.1'}): each
     * member logs in from an address of their own, as they would, and the per-address login limit holds.
     */
    private void agenda() throws Exception {
        String secretary;
        try {
            secretary = login(synthetic(1), "coopol-demo-2026");
        } catch (IllegalStateException e) {
            System.out.println("agenda: skipped, it needs the synthetic members (COOPOL_DEMO_MEMBERS): " + e.getMessage());
            return;
        }
        String section = get("/api/me", secretary).path("sectionId").asText();
        LocalDateTime start = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10).withHour(18)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Map<String, Object> description = new HashMap<>(Map.of("type", "SECTION_MEETING", "title",
                "Assemblée générale " + UUID.randomUUID(), "startsAt", start.toString(), "place",
                Map.of("street", "10 rue de Solférino", "postalCode", "75007", "city", "Paris"), "inSectionSpace", true,
                "places", EVENT_PLACES, "attendanceTarget", EVENT_PLACES));
        String event = send("POST", "/api/events", secretary, description).path("id").asText();

        long inviting = System.nanoTime();
        int invited = send("POST", "/api/events/" + event + "/invitees", secretary,
                Map.of("sectionId", section, "wholeSection", true)).path("invited").asInt();
        double accepted = (System.nanoTime() - inviting) / 1e9;
        double alerted = awaitCount("SELECT count(*) FROM read_model.member_alert WHERE event_id = ? AND kind = 'INVITED'",
                event, invited, inviting);
        System.out.printf("agenda: the whole section invited, %d invitees: accepted in %.2f s, every alert visible after "
                + "%.2f s%n", invited, accepted, alerted);
        drainMail("the invitations");

        List<Client> members = new ArrayList<>();
        int wanted = Math.min(EVENT_ANSWERS, invited - 5);
        long loggingIn = System.nanoTime();
        for (int n = 21; members.size() < wanted + 4; n += 20) {
            String token = loginFrom(synthetic(n), "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
            members.add(new Client(null, token));
        }
        System.out.printf("agenda: %d members logged in, in %.1f s%n", members.size(), (System.nanoTime() - loggingIn) / 1e9);
        List<Client> answering = members.subList(0, wanted);
        List<Client> readers = members.subList(wanted, wanted + 4);

        ConcurrentLinkedQueue<Long> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> agendaReads = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger waitlisted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean stillAnswering = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + readers.size());
        List<Future<?>> runs = new ArrayList<>();
        for (Client reader : readers) {
            runs.add(pool.submit(() -> {
                while (stillAnswering.get()) {
                    long t0 = System.nanoTime();
                    get("/api/me/agenda?tab=invitations&size=20", reader.token());
                    agendaReads.add(System.nanoTime() - t0);
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        CheapestAlongside answeringCheapest = new CheapestAlongside("agenda");
        long answeringStarted = System.nanoTime();
        List<Future<?>> answerRuns = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            answerRuns.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < answering.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    JsonNode answer = send("PUT", "/api/events/" + event + "/rsvp", answering.get(i).token(),
                            Map.of("answer", "YES"));
                    answers.add(System.nanoTime() - t0);
                    if (answer.path("waitlisted").asBoolean()) waitlisted.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> run : answerRuns) run.get();
        double answeredIn = (System.nanoTime() - answeringStarted) / 1e9;
        stillAnswering.set(false);
        for (Future<?> run : runs) run.get();
        pool.shutdown();
        answeringCheapest.close();
        double cheapestP50 = ms(answeringCheapest.latencies(), 50);
        double counted = awaitCount("SELECT yes_count + waitlist_count FROM read_model.agenda_event WHERE event_id = ?",
                event, wanted, answeringStarted);
        JsonNode gauge = get("/api/events/" + event, secretary).path("gauge");
        long[] answerLatencies = sorted(answers);
        long[] readLatencies = sorted(agendaReads);
        System.out.printf("agenda: %d members answer yes at once (%d clients), %d places: %.1f s = %.0f answers/s, latency "
                        + "p50 %.1f ms, p99 %.1f ms; %d told they wait; the gauge says %d yes and %d waiting after %.2f s%s%n",
                wanted, CLIENTS, EVENT_PLACES, answeredIn, wanted / answeredIn, ms(answerLatencies, 50),
                ms(answerLatencies, 99), waitlisted.get(), gauge.path("yes").asInt(), gauge.path("waiting").asInt(),
                counted, gauge.path("yes").asInt() == Math.min(EVENT_PLACES, wanted)
                        && gauge.path("yes").asInt() + gauge.path("waiting").asInt() == wanted ? " (exact)" : " (WRONG)");
        System.out.printf("agenda: the invitations tab meanwhile, %d reads by %d clients: p50 %.1f ms (%.1f× the cheapest "
                        + "request meanwhile), p99 %.1f ms%n", readLatencies.length, readers.size(), ms(readLatencies, 50),
                ms(readLatencies, 50) / cheapestP50, ms(readLatencies, 99));
        figures.add("agenda", "the invitations tab while " + wanted + " members answer, " + readers.size() + " clients",
                "ms p50", ms(readLatencies, 50), Figures.Distribution.ofNanos(readLatencies),
                "the cheapest request in the same phase, p50 (ms)", cheapestP50, null);

        long reminding = System.nanoTime();
        int reminded = send("POST", "/api/events/" + event + "/reminders", secretary,
                Map.of("audience", "ALL", "message", "N'oubliez pas l'assemblée générale")).path("recipients").asInt();
        double remindAccepted = (System.nanoTime() - reminding) / 1e9;
        double remindAlerted = awaitCount("SELECT count(*) FROM read_model.member_alert WHERE event_id = ? "
                + "AND kind = 'REMINDED'", event, reminded, reminding);
        System.out.printf("agenda: a reminder to %d invitees: accepted in %.2f s, every alert visible after %.2f s%n",
                reminded, remindAccepted, remindAlerted);
        drainMail("the reminder's e-mails");

        Client owner = new Client(null, login(synthetic(41), "coopol-demo-2026"));
        for (int i = 0; i < FEED_EVENTS; i++) {
            Map<String, Object> mine = new HashMap<>(description);
            mine.put("title", "Porte-à-porte " + i);
            mine.put("startsAt", start.plusDays(i % 60).plusHours(i % 3).toString());
            mine.put("places", null);
            mine.put("inSectionSpace", false);
            send("POST", "/api/events", owner.token(), mine);
        }
        String feed = send("POST", "/api/me/calendar-feed", owner.token(), Map.of()).path("url").asText();
        String feedPath = feed.substring(feed.indexOf("/api/calendar/"));
        long[] feedReads = new long[30];
        CheapestAlongside feedCheapest = new CheapestAlongside("calendar feed");
        for (int i = -5; i < feedReads.length; i++) {
            long t0 = System.nanoTime();
            String ics = text(feedPath);
            if (i >= 0) feedReads[i] = System.nanoTime() - t0;
            if (i == feedReads.length - 1 && ics.split("BEGIN:VEVENT", -1).length - 1 < FEED_EVENTS) {
                throw new IllegalStateException("the feed lacks events");
            }
        }
        feedCheapest.close();
        Arrays.sort(feedReads);
        double feedCheapestP50 = ms(feedCheapest.latencies(), 50);
        System.out.printf("agenda: a calendar feed of %d events: p50 %.1f ms (%.1f× the cheapest request meanwhile), max %.1f ms%n",
                FEED_EVENTS, ms(feedReads, 50), ms(feedReads, 50) / feedCheapestP50, feedReads[feedReads.length - 1] / 1e6);
        figures.add("calendar feed", "a calendar feed of " + FEED_EVENTS + " events", "ms p50", ms(feedReads, 50),
                Figures.Distribution.ofNanos(feedReads), "the cheapest request in the same phase, p50 (ms)", feedCheapestP50,
                null);
    }

    /**
     * Posts, feeds and the one search box (PST, DASH-2, DIR-2) at volume: posts are published by 16 members as fast
     * as they can until the store holds {@code -Dbench.posts} (one in ten in their section's space, the rest public,
     * titles of words from a small vocabulary); then the network feed is read at {@code -Dbench.feed-rate} reads/s
     * while {@code -Dbench.post-rate} posts/s are published, the cheapest request measured in the same phase as the
     * anchor; last, the search box by 8 clients beside the same words sent straight to the posts index.
     */
    private void social() throws Exception {
        List<Client> clients = benchMembers(CLIENTS);
        long already;
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM read_model.post")) {
            already = single(count);
        }
        java.util.concurrent.atomic.AtomicLong left = new java.util.concurrent.atomic.AtomicLong(Math.max(0, POSTS - already));
        long toPublish = left.get();
        ConcurrentLinkedQueue<Long> publishing = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long seeding = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Client client = clients.get(c);
            int seed = c;
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                while (left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    send("POST", "/api/posts", client.token(), randomPost(random));
                    publishing.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) run.get();
        double seeded = (System.nanoTime() - seeding) / 1e9;
        long[] published = sorted(publishing);
        System.out.printf("social: %d posts there, %d published by %d clients in %.1f s = %.0f posts/s, p50 %.1f ms, p99 %.1f ms%n",
                already, toPublish, CLIENTS, seeded, toPublish / Math.max(seeded, 1e-9), ms(published, 50),
                ms(published, 99));

        ConcurrentLinkedQueue<Long> feedReads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> posting = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> liveness = new ConcurrentLinkedQueue<>();
        List<Client> readers = clients.subList(0, 4);
        List<Client> writers = clients.subList(4, 8);
        long end = System.nanoTime() + COMMAND_PHASE.toNanos();
        runs.clear();
        runs.add(pool.submit(() -> paced(1, 100, end, i -> get("/actuator/health/liveness", null), liveness)));
        for (int r = 0; r < readers.size(); r++) {
            Client reader = readers.get(r);
            runs.add(pool.submit(() -> paced(readers.size(), FEED_RATE, end,
                    i -> get("/api/me/feed?size=20", reader.token()), feedReads)));
        }
        for (int w = 0; w < writers.size(); w++) {
            Client writer = writers.get(w);
            Random random = new Random(w);
            runs.add(pool.submit(() -> paced(writers.size(), POST_RATE, end,
                    i -> send("POST", "/api/posts", writer.token(), randomPost(random)), posting)));
        }
        for (Future<?> run : runs) run.get();
        long[] feed = sorted(feedReads);
        long[] live = sorted(liveness);
        long[] posted = sorted(posting);
        System.out.printf("social: the network feed, %d reads/s while %d posts/s are published (%d published, p99 %.1f ms):"
                        + " %d reads, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms; the cheapest request meanwhile p50 %.1f ms, "
                        + "p99 %.1f ms: ratios %.1f (p50), %.1f (p99)%n", FEED_RATE, POST_RATE, posted.length,
                ms(posted, 99), feed.length, ms(feed, 50), ms(feed, 90), ms(feed, 99), ms(live, 50), ms(live, 99),
                ms(feed, 50) / ms(live, 50), ms(feed, 99) / ms(live, 99));
        figures.add("social", "network feed, " + FEED_RATE + " reads/s while " + POST_RATE + " posts/s are published", "ms p50",
                ms(feed, 50), Figures.Distribution.ofNanos(feed), "the cheapest request in the same phase, p50 (ms)",
                ms(live, 50), null);

        ConcurrentLinkedQueue<Long> searches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> direct = new ConcurrentLinkedQueue<>();
        runs.clear();
        CheapestAlongside cheapest = new CheapestAlongside("search box");
        for (int t = 0; t < 8; t++) {
            Client client = clients.get(t);
            int seed = t;
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 100; i++) {
                    String whole = POST_WORDS[random.nextInt(POST_WORDS.length)];
                    String word = whole.substring(0, Math.min(whole.length(), 3 + random.nextInt(3)));
                    long t0 = System.nanoTime();
                    get("/api/search?q=" + word, client.token());
                    searches.add(System.nanoTime() - t0);
                    long t1 = System.nanoTime();
                    postsIndexDirectly(word);
                    direct.add(System.nanoTime() - t1);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) run.get();
        pool.shutdown();
        cheapest.close();
        long[] box = sorted(searches);
        long[] index = sorted(direct);
        System.out.printf("social: the one search box (members, groups, events, posts), %d searches by 8 clients: p50 %.1f ms, "
                        + "p99 %.1f ms; the posts index asked directly (same words, public posts) p50 %.1f ms, p99 %.1f ms: "
                        + "ratio %.1f (p50)%n", box.length, ms(box, 50), ms(box, 99), ms(index, 50), ms(index, 99),
                ms(box, 50) / ms(index, 50));
        figures.add("social", "the one search box (members, groups, events, posts), 8 clients", "ms p50", ms(box, 50),
                Figures.Distribution.ofNanos(box), "the posts index asked directly, p50 (ms)", ms(index, 50), null);
    }

    /**
     * PST-2 and DASH-2 at a group's scale: {@code -Dbench.group-members} synthetic members (5,000) log in and join
     * an open group; one of them publishes a post in the group only. Measured: until the post is in the posts read
     * model (feeds are built on read: from then on it is in every member's feed), and until each member's own
     * network feed, read through the API by 16 clients, has shown it — with the latency of those reads beside the
     * cheapest request's, measured in the same phase.
     */
    private void groupPost() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Client> members = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long joining = System.nanoTime();
        String[] group = new String[1];
        Client creator = new Client(null, loginFrom(synthetic(3), "10.200.0.3"));
        group[0] = send("POST", "/api/groups", creator.token(), Map.of("name", "Banc de groupe " + run,
                "description", "Un groupe de " + GROUP_MEMBERS + " membres", "access", "OPEN")).path("id").asText();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            runs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < GROUP_MEMBERS; i = next.getAndIncrement()) {
                    int n = 100 + i * 7;
                    String token = loginFrom(synthetic(n), "10." + (100 + (n >> 16 & 63)) + "." + (n >> 8 & 255) + "." + (n & 255));
                    send("POST", "/api/groups/" + group[0] + "/members", token, Map.of());
                    members.add(new Client(null, token));
                }
                return null;
            }));
        }
        for (Future<?> r : runs) r.get();
        System.out.printf("group: %d members logged in and joined an open group in %.1f s%n", members.size(),
                (System.nanoTime() - joining) / 1e9);

        // The joins and logins just made leave every processor a backlog to skip: measured from a caught-up store.
        double settled = awaitCaughtUp("posts");
        System.out.printf("group: the posts projection caught up with the joins after %.1f s%n", settled);
        long publishing = System.nanoTime();
        String post = send("POST", "/api/posts", creator.token(), Map.of("type", "LINK", "title", "Réservé au groupe " + run,
                "url", "https://www.lacoopol.fr/groupe", "groupIds", List.of(group[0]))).path("id").asText();
        double accepted = (System.nanoTime() - publishing) / 1e9;
        double projected;
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement find = db.prepareStatement("SELECT count(*) FROM read_model.post WHERE post_id = ?")) {
            find.setString(1, post);
            while (single(find) == 0) Thread.sleep(2);
            projected = (System.nanoTime() - publishing) / 1e9;
        }
        ConcurrentLinkedQueue<Long> feedReads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> liveness = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger reader = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger rereads = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService cheapest = Executors.newSingleThreadExecutor();
        Future<?> live = cheapest.submit(() -> {
            while (reading.get()) {
                long t0 = System.nanoTime();
                get("/actuator/health/liveness", null);
                liveness.add(System.nanoTime() - t0);
                Thread.sleep(10);
            }
            return null;
        });
        runs.clear();
        for (int c = 0; c < CLIENTS; c++) {
            runs.add(pool.submit(() -> {
                for (int i = reader.getAndIncrement(); i < members.size(); i = reader.getAndIncrement()) {
                    for (int attempt = 0; ; attempt++) {
                        long t0 = System.nanoTime();
                        JsonNode feed = get("/api/me/feed?size=20", members.get(i).token());
                        feedReads.add(System.nanoTime() - t0);
                        if (feed.toString().contains(post)) break;
                        if (attempt == 50) throw new IllegalStateException("the group's post never reached a member's feed");
                        rereads.incrementAndGet();
                        Thread.sleep(20);
                    }
                }
                return null;
            }));
        }
        for (Future<?> r : runs) r.get();
        double everyFeed = (System.nanoTime() - publishing) / 1e9;
        reading.set(false);
        live.get();
        cheapest.shutdown();
        pool.shutdown();
        long[] feed = sorted(feedReads);
        long[] cheap = sorted(liveness);
        System.out.printf("group: a post to a %d-member group: accepted in %.3f s, in the posts read model (so in every "
                        + "member's feed) after %.3f s; every member's own feed read and showing it after %.1f s (%d reads, "
                        + "%d before it was there), feed p50 %.1f ms, p99 %.1f ms; the cheapest request meanwhile p50 %.1f ms, "
                        + "p99 %.1f ms: ratios %.1f (p50), %.1f (p99)%n", members.size(), accepted, projected, everyFeed,
                feed.length, rereads.get(), ms(feed, 50), ms(feed, 99), ms(cheap, 50), ms(cheap, 99),
                ms(feed, 50) / ms(cheap, 50), ms(feed, 99) / ms(cheap, 99));
        figures.add("group", "a post to a " + members.size() + "-member group, until in the read model (every feed)", "s",
                projected, null, "—", Double.NaN, null);
        figures.add("group", "each of the " + members.size() + " members' feeds read, 16 clients", "ms p50", ms(feed, 50),
                Figures.Distribution.ofNanos(feed), "the cheapest request in the same phase, p50 (ms)", ms(cheap, 50), null);
    }

    /**
     * AUD-2 and AUD-5: an auditor's as-of read of a member with {@code -Dbench.audit-events} (1,000) events, beside
     * the same rows read raw from the event store; and what recording a read of private data costs: a secretary's
     * roster page of 100 (recorded, one row), beside the recording's own insert, for 100 and for 5,000 members.
     */
    private void audit() throws Exception {
        int events = Integer.getInteger("bench.audit-events", 1_000);
        Client member = benchMembers(1).get(0);
        long writing = System.nanoTime();
        for (int i = 0; i < events - 4; i++) status(member, "statut " + i);
        System.out.printf("audit: %d status changes written in %.1f s%n", events - 4, (System.nanoTime() - writing) / 1e9);
        String admin = login("admin@demo.lacoopol.fr", "coopol-demo-2026");
        long[] asOf = new long[50];
        long[] raw = new long[50];
        long sequence = -1;
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement rows = db.prepareStatement("SELECT globalindex, sequencenumber, payloadtype, payloadrevision, "
                     + "payload, metadata, timestamp FROM domainevententry WHERE aggregateidentifier = ? "
                     + "ORDER BY sequencenumber")) {
            rows.setString(1, member.memberId());
            for (int i = -10; i < asOf.length; i++) {
                long t0 = System.nanoTime();
                JsonNode state = get("/api/audit/members/" + member.memberId() + "/state", admin);
                long t1 = System.nanoTime();
                int read = 0;
                try (ResultSet result = rows.executeQuery()) {
                    while (result.next()) {
                        result.getBytes(5);
                        read++;
                    }
                }
                long t2 = System.nanoTime();
                if (i >= 0) {
                    asOf[i] = t1 - t0;
                    raw[i] = t2 - t1;
                }
                sequence = state.path("sequenceNumber").asLong();
                if (read < events - 1) throw new IllegalStateException("the member has " + read + " events");
            }
        }
        Arrays.sort(asOf);
        Arrays.sort(raw);
        System.out.printf("audit: the state of a member with %d events as of now (sequence %d): p50 %.1f ms, p99 %.1f ms; "
                        + "the same rows read raw from the event store p50 %.2f ms: ratio %.1f (p50)%n", sequence + 1, sequence,
                ms(asOf, 50), ms(asOf, 99), ms(raw, 50), ms(asOf, 50) / ms(raw, 50));
        figures.add("audit", "a member's state as of now, " + (sequence + 1) + " events", "ms p50", ms(asOf, 50),
                Figures.Distribution.ofNanos(asOf), "the same rows read raw from the store, p50 (ms)", ms(raw, 50), null);

        String secretary = login("sabine.un@demo.lacoopol.fr", "coopol-demo-2026");
        String section = get("/api/me", secretary).path("sectionId").asText();
        long[] roster = new long[100];
        for (int i = -10; i < roster.length; i++) {
            long t0 = System.nanoTime();
            get("/api/sections/" + section + "/members?size=100&page=" + (Math.max(i, 0) % 5), secretary);
            if (i >= 0) roster[i] = System.nanoTime() - t0;
        }
        Arrays.sort(roster);
        long[] insert100 = new long[100];
        long[] insert5000 = new long[100];
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement insert = db.prepareStatement("INSERT INTO data_access (reader, channel, target, member_ids) "
                     + "VALUES ('bench', 'ROSTER', 'bench', ?)")) {
            String[] hundred = new String[100];
            String[] thousands = new String[5_000];
            for (int i = 0; i < thousands.length; i++) thousands[i] = UUID.randomUUID().toString();
            System.arraycopy(thousands, 0, hundred, 0, hundred.length);
            for (int i = -10; i < insert100.length; i++) {
                long t0 = System.nanoTime();
                insert.setArray(1, db.createArrayOf("varchar", hundred));
                insert.executeUpdate();
                long t1 = System.nanoTime();
                insert.setArray(1, db.createArrayOf("varchar", thousands));
                insert.executeUpdate();
                if (i >= 0) {
                    insert100[i] = t1 - t0;
                    insert5000[i] = System.nanoTime() - t1;
                }
            }
            db.createStatement().executeUpdate("DELETE FROM data_access WHERE reader = 'bench'");
        }
        Arrays.sort(insert100);
        Arrays.sort(insert5000);
        System.out.printf("audit: a roster page of 100, its read recorded: p50 %.1f ms, p99 %.1f ms; the recording alone "
                        + "(one row naming 100 members) p50 %.2f ms = %.0f%% of the page; naming 5,000 members p50 %.2f ms%n",
                ms(roster, 50), ms(roster, 99), ms(insert100, 50), 100 * ms(insert100, 50) / ms(roster, 50),
                ms(insert5000, 50));
        figures.add("audit", "recording a read of 100 members' data (one insert)", "ms p50", ms(insert100, 50),
                Figures.Distribution.ofNanos(insert100), "the 100-row roster page it records, p50 (ms)", ms(roster, 50), null);
    }

    /**
     * AUD-3 and issue 19's item 9: a projection rebuilt beside the one in service over the whole store, in events per
     * second, beside the same store read raw in order (the anchors step, run first when this step runs alone), while
     * a member reads their profile in a loop (the API keeps answering).
     */
    private void replay(String projection) throws Exception {
        if (Double.isNaN(rawEventRowsPerSecond)) anchors();
        String admin = login("admin@demo.lacoopol.fr", "coopol-demo-2026");
        Client reader = benchMembers(1).get(0);
        ConcurrentLinkedQueue<Long> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean replaying = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CpuMeter.Sample phase = cpu.sample();
        CheapestAlongside cheapest = new CheapestAlongside("replay");
        long started = System.nanoTime();
        JsonNode status = send("POST", "/api/admin/projections/" + projection + "/replay", admin, Map.of());
        Future<?> loop = pool.submit(() -> {
            while (replaying.get()) {
                long t0 = System.nanoTime();
                get("/api/me", reader.token());
                reads.add(System.nanoTime() - t0);
                Thread.sleep(20);
            }
            return null;
        });
        while (!"DONE".equals(status.path("state").asText())) {
            if ("FAILED".equals(status.path("state").asText())) throw new IllegalStateException(status.toString());
            Thread.sleep(500);
            status = get("/api/admin/projections/" + projection + "/replay", admin);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        replaying.set(false);
        cheapest.close();
        loop.get();
        pool.shutdown();
        long events = status.path("position").asLong();
        long[] latencies = sorted(reads);
        System.out.printf("replay: %s rebuilt beside the live one over %d events in %.1f s = %.0f events/s (the store read "
                        + "raw: %.0f rows/s, ratio %.3f); GET /api/me meanwhile p50 %.1f ms, p99 %.1f ms (%d reads)%n",
                projection, events, seconds, events / seconds, rawEventRowsPerSecond,
                events / seconds / rawEventRowsPerSecond, ms(latencies, 50), ms(latencies, 99), latencies.length);
        figures.add("replay", projection + " rebuilt beside the live one, " + events + " events", "events/s",
                events / seconds, Figures.Distribution.ofNanos(latencies),
                "the event store read raw in order (rows/s)", rawEventRowsPerSecond, cpu.coresSince(phase));
    }

    /** Seconds until the processor's lag behind the head of the store is zero (AUD-3's projections endpoint). */
    private double awaitCaughtUp(String processor) throws Exception {
        String admin = login("admin@demo.lacoopol.fr", "coopol-demo-2026");
        long start = System.nanoTime();
        long limit = start + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < limit) {
            for (JsonNode projection : get("/api/admin/projections", admin)) {
                if (projection.path("name").asText().equals(processor) && projection.path("lag").asLong(-1) == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(processor + " did not catch up in 10 minutes");
    }

    /** Calls at a steady rate shared by {@code clients} threads until {@code end}, their latencies kept. */
    private static Void paced(int clients, int ratePerSecond, long end, Call call, ConcurrentLinkedQueue<Long> latencies)
            throws Exception {
        long interval = 1_000_000_000L * clients / ratePerSecond;
        long next = System.nanoTime();
        for (int i = 0; System.nanoTime() < end; i++) {
            sleepUntil(next);
            next += interval;
            long t0 = System.nanoTime();
            call.run(i);
            latencies.add(System.nanoTime() - t0);
        }
        return null;
    }

    @FunctionalInterface
    private interface Call {
        Object run(int i) throws Exception;
    }

    private static Map<String, Object> randomPost(Random random) {
        String title = POST_WORDS[random.nextInt(POST_WORDS.length)] + " " + POST_WORDS[random.nextInt(POST_WORDS.length)]
                + " " + random.nextInt(1_000);
        return Map.of("type", "LINK", "title", title, "url", "https://www.lacoopol.fr/" + random.nextInt(1_000_000),
                "tags", POST_WORDS[random.nextInt(POST_WORDS.length)], "inSectionSpace", random.nextInt(10) == 0);
    }

    /** The anchor of the search box: a prefix search of the public posts, straight to Elasticsearch. */
    private void postsIndexDirectly(String word) throws Exception {
        String query = "{\"size\":5,\"query\":{\"bool\":{\"filter\":[{\"prefix\":{\"words\":\"" + word
                + "\"}},{\"term\":{\"publicPost\":true}}]}},\"_source\":false,\"track_total_hits\":true}";
        searchDirectly("posts-v1", query);
    }

    /** A search sent straight to Elasticsearch, its answer read whole: what an application query is compared with. */
    private static void searchDirectly(String index, String query) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(ES_URL + "/" + index + "/_search").toURL()
                .openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(query.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
    }

    /** Seconds from {@code since} until the query's count for the event reaches {@code expected}. */
    private static double awaitCount(String sql, String eventId, int expected, long since) throws Exception {
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement count = db.prepareStatement(sql)) {
            count.setString(1, eventId);
            long limit = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < limit) {
                try (ResultSet rows = count.executeQuery()) {
                    if (rows.next() && rows.getInt(1) >= expected) return (System.nanoTime() - since) / 1e9;
                }
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("never reached " + expected + ": " + sql);
    }

    private String loginFrom(String email, String clientAddress) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(BASE + "/api/auth/login").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("X-Forwarded-For", clientAddress);
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            JSON.writeValue(out, Map.of("email", email, "password", "coopol-demo-2026"));
        }
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IllegalStateException("login of " + email + " answered " + status + " (is COOPOL_TRUSTED_PROXIES set "
                    + "for the bench? see the agenda step)");
        }
        try (InputStream in = connection.getInputStream()) {
            return JSON.readTree(in).path("token").asText();
        }
    }

    private String text(String path) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(BASE + path).toURL().openConnection();
        int status = connection.getResponseCode();
        if (status != 200) throw new IllegalStateException("GET " + path + " answered " + status);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Waits for the outbox to be empty, so that a phase does not pay for the e-mails of the one before. */
    private void drainMail(String what) throws Exception {
        drainMail(what, System.nanoTime());
    }

    /** The same, and how long since {@code started} (the monotonic clock) the last e-mail was handed to SMTP, in s. */
    private double drainMail(String what, long started) throws Exception {
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement lastEvent = db.prepareStatement("SELECT max(globalindex) FROM domainevententry");
             PreparedStatement notified = db.prepareStatement("SELECT (convert_from(token, 'UTF8')::json ->> 'index')::bigint "
                     + "FROM tokenentry WHERE processorname = 'mail-notifications'");
             PreparedStatement pending = db.prepareStatement("SELECT count(*) FROM mail_outbox WHERE state = 'PENDING'")) {
            // The outbox is written by the notifications' processor: first it must have read the events sent so far.
            long last = single(lastEvent);
            while (single(notified) < last) Thread.sleep(50);
            int count;
            int first = -1;
            do {
                count = (int) single(pending);
                if (first < 0) first = count;
                if (count > 0) Thread.sleep(200);
            } while (count > 0);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("e-mails: %s, %d pending, all handed to the SMTP server after %.1f s%n", what, first, seconds);
            return seconds;
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Each client writes to the next for {@link #WARM_UP}, then for {@code duration}: flat out when
     * {@code ratePerSecond} is 0, else all together at that pace. The latencies of the sends after the warm-up.
     */
    private ConcurrentLinkedQueue<Long> sendConversations(List<Client> clients, int ratePerSecond, Duration duration)
            throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        long measured = started + WARM_UP.toNanos();
        long deadline = measured + duration.toNanos();
        long interval = ratePerSecond == 0 ? 0 : 1_000_000_000L * clients.size() / ratePerSecond;
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            Client other = clients.get((i + 1) % clients.size());
            long offset = interval * i / clients.size();
            runs.add(pool.submit(() -> {
                long next = started + offset;
                int n = 0;
                while (System.nanoTime() < deadline) {
                    if (interval > 0) {
                        sleepUntil(next);
                        next += interval;
                    }
                    long t0 = System.nanoTime();
                    send("POST", "/api/conversations", client.token(), Map.of("recipientIds", List.of(other.memberId()),
                            "subject", "Banc " + n++, "body", "Un message du banc d'essai", "noReply", false));
                    long took = System.nanoTime() - t0;
                    if (t0 >= measured) latencies.add(took);
                    trace("S", t0, took);
                }
                return null;
            }));
        }
        for (Future<?> r : runs) r.get();
        pool.shutdown();
        return latencies;
    }

    /** Paced clients act at fixed times ({@link System#nanoTime()}), whatever their requests took. */
    /**
     * The cheapest request (liveness: no database, no session) sent 100 times a second on a thread of its own while
     * a latency phase runs: the phase's own anchor (issue 20), since the machine's stalls and load differ from one
     * phase to the next. {@link #close} stops it and adds its row to the phase's step.
     */
    private final class CheapestAlongside implements AutoCloseable {

        private final String step;
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private long[] sorted;

        CheapestAlongside(String step) {
            this.step = step;
            this.thread = new Thread(() -> {
                long next = System.nanoTime();
                while (running.get()) {
                    try {
                        sleepUntil(next);
                        next += 10_000_000L;
                        long t0 = System.nanoTime();
                        get("/actuator/health/liveness", null);
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        throw new IllegalStateException("the cheapest request failed during " + step, e);
                    }
                }
            }, "cheapest-alongside-" + step);
            thread.start();
        }

        /** Its latencies once closed, sorted (the phase's anchor). */
        long[] latencies() {
            return sorted;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
            sorted = sorted(latencies);
            if (sorted.length == 0) throw new IllegalStateException("the cheapest request never answered during " + step);
            System.out.printf("%s: the cheapest request meanwhile, 100/s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    step, ms(sorted, 50), ms(sorted, 90), ms(sorted, 99), sorted[sorted.length - 1] / 1e6);
            figures.add(step, "the cheapest request meanwhile (liveness, 100/s)", "ms p50", ms(sorted, 50),
                    Figures.Distribution.ofNanos(sorted), "—", Double.NaN, null);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    private static String synthetic(int n) {
        return String.format("membre.%06d@demo.lacoopol.fr", n);
    }

    /**
     * INV-6: a file of {@code rows} people imported into a section of its own, end to end: from the mapping's
     * confirmation until every row is in the roster. Meanwhile a member reads their profile in a loop: the
     * latency of that read says whether the rest of the API keeps answering.
     */
    private void importRate(int rows) throws Exception {
        String camille = login("camille.referent@demo.lacoopol.fr", "coopol-demo-2026");
        String sabine = login("sabine.un@demo.lacoopol.fr", "coopol-demo-2026");
        String paris = get("/api/sections/" + get("/api/me", sabine).path("sectionId").asText(), sabine)
                .path("federationId").asText();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String secretaryEmail = "bench-import-" + run + "@exemple.fr";
        JsonNode created = send("POST", "/api/federations/" + paris + "/sections", camille, Map.of(
                "name", "Banc d'import " + run, "secretary", Map.of("firstName", "Banc", "lastName", "Import",
                        "email", secretaryEmail)));
        String section = created.path("id").asText();
        send("POST", "/api/invitations/" + invitationToken(secretaryEmail) + "/accept", null,
                Map.of("password", "banc d'essai 2026", "charterAccepted", true));
        String secretary = login(secretaryEmail, "banc d'essai 2026");

        byte[] file = memberFile(rows, run);
        CpuMeter.Sample phase = cpu.sample();
        String boundary = "bench-" + run;
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long uploadStart = System.nanoTime();
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/sections/" + section + "/imports"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + secretary)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (uploaded.statusCode() != 201) throw new IllegalStateException("upload answered " + uploaded.body());
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        JsonNode shape = JSON.readTree(uploaded.body());
        String importId = shape.path("importId").asText();

        ConcurrentLinkedQueue<Long> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean importing = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (importing.get()) {
                try {
                    long t0 = System.nanoTime();
                    get("/api/me", sabine);
                    reads.add(System.nanoTime() - t0);
                    Thread.sleep(20);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        long started = System.nanoTime();
        send("PUT", "/api/sections/" + section + "/imports/" + importId + "/mapping", secretary,
                Map.of("mapping", shape.path("mapping")));
        reader.start();
        CheapestAlongside cheapest = new CheapestAlongside("import");
        double finished = 0;
        while (true) {
            if (finished == 0) {
                JsonNode state = get("/api/sections/" + section + "/imports/" + importId, secretary);
                if ("FINISHED".equals(state.path("state").asText())) finished = (System.nanoTime() - started) / 1e9;
            }
            if (finished > 0 && get("/api/sections/" + section + "/members?size=1", secretary).path("total").asInt() >= rows + 1) break;
            Thread.sleep(250);
        }
        double visible = (System.nanoTime() - started) / 1e9;
        importing.set(false);
        reader.join();
        cheapest.close();
        long[] sorted = sorted(reads);
        System.out.printf("import: %d rows (%.1f MB) uploaded and inspected in %.1f s; imported in %.1f s, all in the roster "
                        + "after %.1f s = %.0f rows/s end to end; meanwhile GET /api/me p50 %.1f ms, p99 %.1f ms (%d reads)%n",
                rows, file.length / 1e6, uploadSeconds, finished, visible, rows / visible, ms(sorted, 50), ms(sorted, 99),
                sorted.length);
        figures.add("import", rows + "-row member import, until every row is in the roster", "rows/s", rows / visible, null,
                "COPY of the same file (rows/s)", copyRowsPerSecond, cpu.coresSince(phase));

        // INV-7: the same import undone, from the request until the roster holds its secretary alone again.
        CpuMeter.Sample undoPhase = cpu.sample();
        long undoStarted = System.nanoTime();
        send("POST", "/api/sections/" + section + "/imports/" + importId + "/undo", secretary, Map.of());
        double undoneAfter = 0;
        while (true) {
            if (undoneAfter == 0) {
                JsonNode state = get("/api/sections/" + section + "/imports/" + importId, secretary);
                if ("UNDONE".equals(state.path("undo").path("state").asText())) {
                    undoneAfter = (System.nanoTime() - undoStarted) / 1e9;
                }
            }
            if (undoneAfter > 0 && get("/api/sections/" + section + "/members?size=1", secretary).path("total").asInt() <= 1) break;
            Thread.sleep(250);
        }
        double gone = (System.nanoTime() - undoStarted) / 1e9;
        System.out.printf("import undo: %d people removed in %.1f s, all gone from the roster after %.1f s = %.0f rows/s%n",
                rows, undoneAfter, gone, rows / gone);
        figures.add("import", rows + "-row import undone, until the roster is back to its secretary", "rows/s", rows / gone,
                null, "the import of the same file, just before (rows/s)", rows / visible, cpu.coresSince(undoPhase));
    }

    private record Client(String memberId, String token) {
    }

    /** Members of Solferino recorded, invited and joined through the API, e-mail read over IMAP. */
    private List<Client> benchMembers(int count) throws Exception {
        String secretary = login("sabine.un@demo.lacoopol.fr", "coopol-demo-2026");
        String section = get("/api/me", secretary).path("sectionId").asText();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "bench-" + run + "-" + i + "@exemple.fr";
            JsonNode person = send("POST", "/api/sections/" + section + "/members", secretary, Map.of(
                    "membershipType", "MEMBER", "firstName", "Banc", "lastName", "Essai" + run + i, "email", email));
            String id = person.path("id").asText();
            send("POST", "/api/sections/" + section + "/invitations", secretary, Map.of("memberIds", List.of(id)));
            String token = invitationToken(email);
            send("POST", "/api/invitations/" + token + "/accept", null,
                    Map.of("password", "banc d'essai 2026", "charterAccepted", true));
            clients.add(new Client(id, login(email, "banc d'essai 2026")));
        }
        System.out.printf("%d bench members joined through invitations%n", count);
        return clients;
    }

    /** Profile updates (PUT /api/me/status) from several clients at once, each on its own member. */
    private void commandRate(List<Client> clients) throws Exception {
        for (Client client : clients) status(client, "échauffement");
        CpuMeter.Sample phase = cpu.sample();
        CheapestAlongside cheapest = new CheapestAlongside("commands");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + COMMAND_PHASE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long started = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (Client client : clients) {
            runs.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    status(client, "statut " + n++);
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> r : runs) r.get();
        pool.shutdown();
        cheapest.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = sorted(latencies);
        System.out.printf("commands: %d profile updates by %d clients in %.1f s = %.0f commands/s; latency p50 %.1f ms, p99 %.1f ms%n",
                sorted.length, clients.size(), seconds, sorted.length / seconds, ms(sorted, 50), ms(sorted, 99));
        figures.add("commands", "profile updates (PUT /api/me/status), " + clients.size() + " clients", "/s",
                sorted.length / seconds, Figures.Distribution.ofNanos(sorted),
                "raw insert-and-commit, " + CLIENTS + " clients (tx/s)", rawInsertsPerSecond, cpu.coresSince(phase));
    }

    /** From the command's 202 to the new status in the member_profile table, polled every millisecond. */
    private void postgresLag(Client client) throws Exception {
        int samples = 300;
        long[] lags = new long[samples];
        try (Connection db = DriverManager.getConnection(DB_URL, "coopol", "coopol");
             PreparedStatement read = db.prepareStatement(
                     "SELECT status_text FROM read_model.member_profile WHERE member_id = ?")) {
            read.setString(1, client.memberId());
            for (int i = 0; i < samples; i++) {
                String text = "lag " + i + " " + UUID.randomUUID();
                status(client, text);
                long accepted = System.nanoTime();
                long limit = accepted + Duration.ofSeconds(10).toNanos();
                while (true) {
                    try (ResultSet row = read.executeQuery()) {
                        if (row.next() && text.equals(row.getString(1))) break;
                    }
                    if (System.nanoTime() > limit) throw new IllegalStateException("read model never showed " + text);
                    Thread.sleep(0, 500_000);
                }
                lags[i] = System.nanoTime() - accepted;
            }
        }
        Arrays.sort(lags);
        System.out.printf("projection lag to PostgreSQL: %d samples, p50 %.1f ms, p99 %.1f ms%n",
                samples, ms(lags, 50), ms(lags, 99));
    }

    /** From a name change's 202 to the member being found under the new name by another member. */
    private void searchLag(Client member, Client searcher) throws Exception {
        int samples = 40;
        long[] lags = new long[samples];
        Random random = new Random(System.nanoTime()); // words unique to this run: earlier runs left theirs
        for (int i = 0; i < samples; i++) {
            String word = randomWord(random, 10);
            JsonNode result = send("PUT", "/api/me/connection", member.token(), Map.of("firstName", "Banc",
                    "lastName", word, "email", get("/api/me", member.token()).at("/privateData/email").asText()));
            if (result == null) throw new IllegalStateException("name change refused");
            long accepted = System.nanoTime();
            long limit = accepted + Duration.ofSeconds(15).toNanos();
            while (get("/api/members?q=" + word, searcher.token()).path("total").asInt() != 1) {
                if (System.nanoTime() > limit) throw new IllegalStateException("search never found " + word);
                Thread.sleep(2);
            }
            lags[i] = System.nanoTime() - accepted;
        }
        Arrays.sort(lags);
        System.out.printf("projection lag to search (index refresh every 500 ms): %d samples, p50 %.0f ms, p99 %.0f ms%n",
                samples, ms(lags, 50), ms(lags, 99));
    }

    /** Prefix searches as people type them, from several clients, over the whole directory. */
    private void directorySearch(List<Client> clients) throws Exception {
        String[] prefixes = {"ma", "mar", "jea", "le", "lef", "du", "hug", "chl", "ber", "mor", "ca", "cam", "ju",
                "ine", "lou", "gab", "zo", "ra", "man", "ar", "jul", "sar", "ad", "eli", "no", "ame", "th", "cle",
                "mat", "oce", "eti", "mar dub", "jean mar", "lea ber", "hugo", "a", "b"};
        String admin = login("admin@demo.lacoopol.fr", "coopol-demo-2026");
        JsonNode everyone = get("/api/members?size=1", admin);
        String directory = everyone.path("total").asText() + (everyone.path("totalExact").asBoolean(true) ? "" : "+");
        // The bench's members all joined Sabine's section.
        String section = get("/api/me", clients.get(0).token()).path("sectionId").asText();
        int perClient = 400;
        int threads = Math.min(8, clients.size());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuMeter.Sample phase = cpu.sample();
        CheapestAlongside cheapest = new CheapestAlongside("directory");
        long started = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Client client = clients.get(t);
            int seed = t;
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < perClient; i++) {
                    String q = URLEncoder.encode(prefixes[random.nextInt(prefixes.length)], StandardCharsets.UTF_8);
                    long t0 = System.nanoTime();
                    get("/api/members?q=" + q, client.token());
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> r : runs) r.get();
        pool.shutdown();
        cheapest.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cores = cpu.coresSince(phase);
        long[] sorted = sorted(latencies);
        System.out.printf("directory search: %s members visible to everyone, %d searches by %d clients, %.0f searches/s; "
                + "latency p50 %.1f ms, p99 %.1f ms%n", directory, sorted.length, threads, sorted.length / seconds,
                ms(sorted, 50), ms(sorted, 99));
        // The anchor under the same load: as many clients sending the same query straight to the index at once.
        long[] direct = directLatencies(prefixes, clients.subList(0, threads), section, perClient);
        long[] alone = directLatencies(prefixes, clients.subList(0, 1), section, perClient);
        System.out.printf("directory search straight to Elasticsearch: %d clients p50 %.1f ms, p99 %.1f ms; one client p50 %.1f ms, "
                + "p99 %.1f ms%n", threads, ms(direct, 50), ms(direct, 99), ms(alone, 50), ms(alone, 99));
        figures.add("directory", "member search (GET /api/members?q=), " + threads + " clients, " + directory + " members",
                "ms p50", ms(sorted, 50), Figures.Distribution.ofNanos(sorted),
                "the same query straight to Elasticsearch by " + threads + " clients, p50 (ms)", ms(direct, 50),
                cores);
        figures.add("directory", "the same query straight to Elasticsearch, one client", "ms p50", ms(alone, 50),
                Figures.Distribution.ofNanos(alone), "—", Double.NaN, null);
    }

    /** The directory's query sent straight to the index for each viewer at once, after a warm-up of each. */
    private long[] directLatencies(String[] prefixes, List<Client> viewers, String section, int perClient)
            throws Exception {
        int threads = viewers.size();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = 99 + t;
            Client viewer = viewers.get(t);
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = -40; i < perClient; i++) {
                    String prefix = prefixes[random.nextInt(prefixes.length)];
                    long t0 = System.nanoTime();
                    membersIndexDirectly(prefix, viewer, section);
                    if (i >= 0) latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) run.get();
        pool.shutdown();
        return sorted(latencies);
    }

    /**
     * The directory query as the application sends it for {@code viewer}, a member of {@code section} who is no
     * secretary and has no coopain (the bench's members): every word a prefix of a name, and the visibility filter of
     * {@code MemberDirectoryQueries.visibleTo} — active, not hidden, and visible to everyone, a secretary, a NETWORK
     * profile of the viewer's section, or the viewer themself.
     */
    private void membersIndexDirectly(String text, Client viewer, String section) throws Exception {
        StringBuilder prefixes = new StringBuilder();
        for (String word : text.split(" ")) {
            if (prefixes.length() > 0) prefixes.append(',');
            prefixes.append("{\"prefix\":{\"names\":{\"value\":\"").append(word).append("\"}}}");
        }
        String visible = "{\"bool\":{\"filter\":[{\"term\":{\"active\":{\"value\":true}}},{\"bool\":{\"minimum_should_match\":\"1\","
                + "\"should\":[{\"term\":{\"visibility\":{\"value\":\"EVERYONE\"}}},{\"term\":{\"secretary\":{\"value\":true}}},"
                + "{\"bool\":{\"filter\":[{\"term\":{\"visibility\":{\"value\":\"NETWORK\"}}},"
                + "{\"term\":{\"sectionId\":{\"value\":\"" + section + "\"}}}]}},"
                + "{\"term\":{\"memberId\":{\"value\":\"" + viewer.memberId() + "\"}}}]}}],"
                + "\"must_not\":[{\"term\":{\"hidden\":{\"value\":true}}}]}}";
        String query = "{\"from\":0,\"size\":20,\"query\":{\"bool\":{\"filter\":[{\"bool\":{\"must\":[" + prefixes + "]}},"
                + visible + "]}},\"sort\":[{\"sortName\":{\"order\":\"asc\"}},{\"memberId\":{\"order\":\"asc\"}}],"
                + "\"track_total_hits\":1000}";
        searchDirectly("members-v1", query);
    }

    private void status(Client client, String text) throws Exception {
        send("PUT", "/api/me/status", client.token(), Map.of("text", text));
    }

    private String login(String email, String password) throws Exception {
        return send("POST", "/api/auth/login", null, Map.of("email", email, "password", password)).path("token").asText();
    }

    private JsonNode get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    /**
     * One request on the calling thread, over a kept-alive connection. The bench shares the cores with what it
     * measures: the JDK's asynchronous HttpClient hands every request between three threads, and the bench
     * client cost a fifth of the machine during the messaging bench; a blocking connection costs less.
     */
    private JsonNode send(String method, String path, String token, Object body) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(BASE + path).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        if (token != null) connection.setRequestProperty("Authorization", "Bearer " + token);
        if (body != null) {
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                JSON.writeValue(out, body);
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        // Read to the end and closed: the connection goes back to the keep-alive pool.
        String answer;
        try (InputStream in = stream) {
            answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status >= 300) throw new IllegalStateException(method + " " + path + " answered " + status + ": " + answer);
        return answer.isBlank() ? JSON.nullNode() : JSON.readTree(answer);
    }

    private static String invitationToken(String email) throws Exception {
        long limit = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(IMAP_PORT));
        while (System.nanoTime() < limit) {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(email, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message message : inbox.getMessages()) {
                    Matcher matcher = INVITATION.matcher(message.getContent().toString());
                    if (matcher.find()) return matcher.group(1);
                }
            } finally {
                store.close();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no invitation reached " + email);
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) word.append((char) ('a' + random.nextInt(26)));
        return word.toString();
    }

    private static long[] sorted(ConcurrentLinkedQueue<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double ms(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) return Double.NaN;
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
