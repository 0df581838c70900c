package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lacoopol.agenda.command.AnswerCommand;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import javax.imageio.ImageIO;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events end to end (EVT-1 to EVT-14), through HTTP, as their creator (a section's secretary), invitees, a member of
 * another section, and an auditor; e-mails read over IMAP; calendar files read back by ical4j.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTest extends ApiTestSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcTemplate jdbc;

    private TestSection section;
    private TestMember lea;
    private TestMember noe;
    private TestMember zoe;
    private String outsider;

    @BeforeAll
    void aSectionWithThreeMembers() {
        section = newSection("Section Agenda " + unique(), "75011");
        lea = newMember(section, "Léa", "Agenda");
        noe = newMember(section, "Noé", "Agenda");
        zoe = newMember(section, "Zoé", "Agenda");
        outsider = tokenOf(demo("sabine.un"));
    }

    private static LocalDateTime inDays(int days) {
        return LocalDateTime.now(PARIS).plusDays(days).truncatedTo(ChronoUnit.HOURS).withHour(18);
    }

    private Map<String, Object> event(String title, LocalDateTime start, Integer places, boolean publicEvent) {
        Map<String, Object> event = new HashMap<>();
        event.put("type", "SECTION_MEETING");
        event.put("title", title);
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plusHours(2).toString());
        event.put("place", Map.of("street", "10 rue de Solférino", "postalCode", "75007", "city", "Paris"));
        event.put("description", "Ordre du jour : la rentrée");
        event.put("publicEvent", publicEvent);
        event.put("places", places);
        event.put("attendanceTarget", 2);
        event.put("invitationMessage", "Venez nombreux");
        return event;
    }

    private String create(Map<String, Object> event) {
        Answer created = post("/api/events", section.secretary(), event);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private JsonNode eventAs(String token, String id, java.util.function.Predicate<JsonNode> until) {
        return await("the event as seen", () -> {
            Answer page = get("/api/events/" + id, token);
            return page.status() == 200 && until.test(page.body()) ? page.body() : null;
        });
    }

    @Test
    void aPrivateEventWithPlacesFromInvitationToCancellation() {
        String title = "Réunion de rentrée " + unique();
        String id = create(event(title, inDays(10), 1, false));
        Answer invited = post("/api/events/" + id + "/invitees", section.secretary(),
                Map.of("sectionId", section.id(), "wholeSection", true));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(200);
        assertThat(invited.body().path("invited").asInt()).isEqualTo(3);
        for (TestMember member : List.of(lea, noe, zoe)) {
            assertThat(awaitMail(member.email(), "Invitation : " + title).body()).contains("Venez nombreux", "/evenements/" + id);
        }

        // P7: to a member of another section, the private event does not exist.
        assertThat(get("/api/events/" + id, outsider).status()).isEqualTo(404);
        assertThat(put("/api/events/" + id + "/rsvp", outsider, Map.of("answer", "YES")).status()).isEqualTo(404);
        assertThat(get("/api/events/" + id + ".ics", outsider).status()).isEqualTo(404);
        assertThat(post("/api/events/" + id + "/comments", outsider, Map.of("body", "Coucou")).status()).isEqualTo(404);

        Answer first = put("/api/events/" + id + "/rsvp", lea.token(), Map.of("answer", "YES"));
        assertThat(first.body().path("waitlisted").asBoolean()).as(first.raw()).isFalse();
        Answer second = put("/api/events/" + id + "/rsvp", noe.token(), Map.of("answer", "YES"));
        assertThat(second.body().path("waitlisted").asBoolean()).as(second.raw()).isTrue();
        put("/api/events/" + id + "/rsvp", zoe.token(), Map.of("answer", "MAYBE"));

        JsonNode page = eventAs(zoe.token(), id, e -> e.path("gauge").path("maybe").asInt() == 1);
        assertThat(page.path("gauge").path("yes").asInt()).isEqualTo(1);
        assertThat(page.path("gauge").path("waiting").asInt()).isEqualTo(1);
        assertThat(page.path("gauge").path("placesLeft").asInt()).isZero();
        assertThat(page.path("participants").findValuesAsText("memberId")).containsExactly(lea.id());
        assertThat(page.toString()).doesNotContain(lea.email(), noe.email(), zoe.email());

        // Léa declines: Noé, first in line, has her place and is told.
        put("/api/events/" + id + "/rsvp", lea.token(), Map.of("answer", "NO"));
        assertThat(awaitMail(noe.email(), "Une place pour toi : " + title).body()).contains("/evenements/" + id);
        JsonNode promoted = eventAs(noe.token(), id, e -> !e.path("myWaitlisted").asBoolean());
        assertThat(promoted.path("myAnswer").asText()).isEqualTo("YES");

        Answer history = get("/api/events/" + id + "/answers", section.secretary());
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(history.body().path("items").findValuesAsText("promoted")).contains("true");
        assertThat(get("/api/events/" + id + "/answers", lea.token()).status()).isEqualTo(403);

        Answer reminder = post("/api/events/" + id + "/reminders", section.secretary(),
                Map.of("audience", "MAYBE", "message", "Il reste à confirmer"));
        assertThat(reminder.status()).as(reminder.raw()).isEqualTo(201);
        assertThat(reminder.body().path("recipients").asInt()).isEqualTo(1);
        assertThat(awaitMail(zoe.email(), "Relance : " + title).body()).contains("Il reste à confirmer");

        // A new date is told to those who have not declined: Noé and Zoé, not Léa.
        Map<String, Object> moved = event(title, inDays(11), 1, false);
        assertThat(put("/api/events/" + id, section.secretary(), moved).status()).isEqualTo(204);
        awaitMail(noe.email(), "Changement : " + title);
        awaitMail(zoe.email(), "Changement : " + title);

        assertThat(post("/api/events/" + id + "/cancellation", section.secretary(), Map.of("reason", "Salle prise"))
                .status()).isEqualTo(204);
        assertThat(awaitMail(zoe.email(), "Annulé : " + title).body()).contains("Salle prise");
        Answer late = put("/api/events/" + id + "/rsvp", zoe.token(), Map.of("answer", "YES"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text("code")).isEqualTo("event_cancelled");

        // Each mail once; Léa, who declined, was told neither of the change nor of the cancellation.
        assertThat(mailbox(noe.email()).stream().filter(m -> m.subject().equals("Invitation : " + title)).count()).isEqualTo(1);
        assertThat(mailbox(lea.email()).stream().map(Mail::subject))
                .noneMatch(s -> s.equals("Changement : " + title) || s.equals("Annulé : " + title));

        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        JsonNode audit = get("/api/audit/events/" + id + "/history", admin).body();
        assertThat(audit.path("items").findValuesAsText("type")).contains("EventCreatedEvent", "InviteesAddedEvent",
                "AnswerGivenEvent", "WaitlistPromotedEvent", "ReminderSentEvent", "EventCancelledEvent");
    }

    @Test
    void anIllustrationIsReEncodedAndShownOnlyToThoseWhoSeeTheEvent() throws Exception {
        String id = create(event("Débat illustré " + unique(), inDays(8), null, false));
        BufferedImage picture = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);

        assertThat(upload("PUT", "/api/events/" + id + "/image", lea.token(), "affiche.jpg", jpeg.toByteArray()).status())
                .as("only the creator illustrates the event, and Léa may not even see it").isEqualTo(404);
        assertThat(upload("PUT", "/api/events/" + id + "/image", section.secretary(), "affiche.png",
                "pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .as("judged by its content, not its name").isEqualTo(422);
        Answer uploaded = upload("PUT", "/api/events/" + id + "/image", section.secretary(), "affiche.jpg", jpeg.toByteArray());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        String url = uploaded.text("imageUrl");
        eventAs(section.secretary(), id, page -> url.equals(page.path("imageUrl").asText()));

        HttpResponse<byte[]> image = HttpClient.newHttpClient().send(builder(url, section.secretary()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(get(url, lea.token()).status()).as("P7: Léa is not invited to this private event").isEqualTo(404);
        assertThat(get(url, null).status()).isEqualTo(401);
        assertThat(stored).as("re-encoded, no larger than 450×450").isNotNull();
        assertThat(stored.getWidth()).isLessThanOrEqualTo(450);
    }

    @Test
    void theAgendaTabsAndTheAlerts() {
        String id = create(event("Tractage du marché " + unique(), inDays(5), null, false));
        post("/api/events/" + id + "/invitees", section.secretary(), Map.of("sectionId", section.id(), "wholeSection", true));
        await("Zoé's invitation", () -> get("/api/me/agenda?tab=invitations", zoe.token()).body().path("items")
                .findValuesAsText("eventId").contains(id));
        JsonNode alerts = get("/api/me/alerts", zoe.token()).body();
        assertThat(alerts.path("pendingEventInvitations").asInt()).isPositive();
        assertThat(alerts.path("eventAlerts").findValuesAsText("eventId")).contains(id);
        assertThat(get("/api/me/dashboard?scope=section", zoe.token()).body().path("awaitingAnswer").path("items")
                .findValuesAsText("eventId")).contains(id);

        assertThat(post("/api/me/alerts/read", zoe.token(), Map.of()).status()).isEqualTo(204);
        assertThat(get("/api/me/alerts", zoe.token()).body().path("eventAlerts").findValuesAsText("eventId"))
                .doesNotContain(id);

        put("/api/events/" + id + "/rsvp", zoe.token(), Map.of("answer", "MAYBE"));
        await("Zoé's agenda", () -> get("/api/me/agenda", zoe.token()).body().path("items")
                .findValuesAsText("eventId").contains(id));
        assertThat(get("/api/me/agenda?tab=invitations", zoe.token()).body().path("items").findValuesAsText("eventId"))
                .doesNotContain(id);
        assertThat(get("/api/me/agenda?tab=created", section.secretary()).body().path("items")
                .findValuesAsText("eventId")).contains(id);
        assertThat(get("/api/me/alerts", zoe.token()).body().path("nextAgendaItems").findValuesAsText("eventId"))
                .contains(id);
        assertThat(get("/api/me/agenda?tab=nowhere", zoe.token()).status()).isEqualTo(400);
    }

    @Test
    void aZoneManagerInvitesTheZoneLearningOnlyACount() {
        String zoneId = post("/api/sections/" + section.id() + "/zones", section.secretary(), Map.of("name",
                "Zone " + unique(), "managerId", lea.id())).text("id");
        post("/api/sections/" + section.id() + "/zones/" + zoneId + "/members", section.secretary(),
                Map.of("memberIds", List.of(lea.id(), noe.id(), zoe.id())));
        await("the zone filled", () -> get("/api/sections/" + section.id() + "/members?zone=" + zoneId,
                section.secretary()).body().path("total").asInt() == 3);
        Answer created = post("/api/events", lea.token(), event("Porte-à-porte de la zone " + unique(), inDays(6), null,
                false));
        String id = created.text("id");
        Answer invited = post("/api/events/" + id + "/invitees", lea.token(), Map.of("sectionId", section.id(),
                "zoneId", zoneId));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(200);
        assertThat(invited.body().path("invited").asInt()).isEqualTo(2);
        assertThat(invited.raw()).doesNotContain(noe.id(), zoe.id());
        // The event's page names nobody who has not answered: the zone's composition stays unknown (P6).
        JsonNode page = eventAs(lea.token(), id, e -> e.path("gauge").path("invited").asInt() == 2);
        assertThat(page.toString()).doesNotContain(noe.id(), zoe.id());
        // A member who manages no zone cannot invite one; nor another section's list.
        assertThat(post("/api/events/" + id + "/invitees", noe.token(), Map.of("sectionId", section.id(),
                "zoneId", zoneId)).status()).isIn(403, 404);
        assertThat(post("/api/events/" + id + "/invitees", lea.token(), Map.of("sectionId", section.id(),
                "wholeSection", true)).status()).isIn(403, 404);
    }

    @Test
    void afterTheStartTheCreatorMarksWhoCameAndTheEventShowsTurnoutAgainstYes() throws Exception {
        LocalDateTime start = LocalDateTime.now(PARIS).plusSeconds(3).withNano(0);
        Map<String, Object> now = event("Tractage express " + unique(), start, null, false);
        now.put("endsAt", start.plusHours(1).toString());
        String id = create(now);
        post("/api/events/" + id + "/invitees", section.secretary(), Map.of("sectionId", section.id(), "wholeSection", true));
        put("/api/events/" + id + "/rsvp", lea.token(), Map.of("answer", "YES"));
        put("/api/events/" + id + "/rsvp", noe.token(), Map.of("answer", "YES"));
        Answer early = put("/api/events/" + id + "/attendance", section.secretary(), Map.of("attendeeIds", List.of(lea.id())));
        assertThat(early.status()).as(early.raw()).isEqualTo(422);
        Thread.sleep(java.time.Duration.between(LocalDateTime.now(PARIS), start).toMillis() + 500);
        assertThat(put("/api/events/" + id + "/attendance", section.secretary(), Map.of("attendeeIds", List.of(lea.id())))
                .status()).isEqualTo(204);
        assertThat(put("/api/events/" + id + "/attendance", section.secretary(), Map.of("attendeeIds",
                List.of("personne"))).status()).isEqualTo(400);
        JsonNode page = eventAs(section.secretary(), id, e -> e.path("turnout").asInt() == 1);
        assertThat(page.path("gauge").path("yes").asInt()).isEqualTo(2);
        assertThat(put("/api/events/" + id + "/attendance", lea.token(), Map.of("attendeeIds", List.of(lea.id())))
                .status()).isEqualTo(403);
    }

    @Test
    void badDatesAreRefusedOnTheirField() {
        Map<String, Object> backwards = event("À l'envers", inDays(3), null, true);
        backwards.put("endsAt", inDays(3).minusHours(1).toString());
        Answer refused = post("/api/events", section.secretary(), backwards);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("endsAt");

        Map<String, Object> gap = event("Heure d'été", LocalDateTime.parse("2027-03-28T02:30"), null, true);
        gap.remove("endsAt");
        Answer skipped = post("/api/events", section.secretary(), gap);
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.raw()).contains("startsAt");

        Map<String, Object> past = event("Hier", LocalDateTime.now(PARIS).minusDays(1), null, true);
        assertThat(post("/api/events", section.secretary(), past).status()).isEqualTo(400);
    }

    @Test
    void searchFindsUpcomingEventsTheViewerMaySeeWithAccentsFolded() {
        String word = "Zorglub" + unique();
        String open = create(event("Débat à Saint-Étienne " + word, inDays(20), null, true));
        String closed = create(event("Réunion privée " + word, inDays(20), null, false));
        JsonNode hits = await("the public event in search", () -> {
            JsonNode page = get("/api/events?q=saint+etienne+" + word.toLowerCase(), outsider).body();
            return page.path("items").findValuesAsText("eventId").contains(open) ? page : null;
        });
        assertThat(hits.path("items").findValuesAsText("eventId")).doesNotContain(closed);
        await("the private event for its creator", () -> get("/api/events?q=" + word, section.secretary()).body()
                .path("items").findValuesAsText("eventId").contains(closed));
        assertThat(get("/api/events?q=" + word + "&postalCode=75", outsider).body().path("items")
                .findValuesAsText("eventId")).containsExactly(open);
        assertThat(get("/api/events?q=" + word + "&postalCode=13", outsider).body().path("total").asInt()).isZero();
        assertThat(get("/api/events?q=" + word + "&type=LEAFLETING", outsider).body().path("total").asInt()).isZero();
    }

    @Test
    void calendarFilesAreValidAndNameNobody() throws Exception {
        String summer = create(event("Avant le changement d'heure", LocalDateTime.parse("2027-03-27T18:00"), null, true));
        String winter = create(event("Après le changement d'heure", LocalDateTime.parse("2027-10-31T18:00"), null, true));
        put("/api/events/" + summer + "/rsvp", lea.token(), Map.of("answer", "YES"));
        put("/api/events/" + winter + "/rsvp", lea.token(), Map.of("answer", "MAYBE"));
        put("/api/events/" + winter + "/rsvp", noe.token(), Map.of("answer", "YES"));

        String ics = await("the event's calendar file", () -> {
            Answer file = get("/api/events/" + summer + ".ics", lea.token());
            return file.status() == 200 ? file.raw() : null;
        });
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(instantOf(event)).isEqualTo(Instant.parse("2027-03-27T17:00:00Z"));

        Answer feed = post("/api/me/calendar-feed", lea.token(), Map.of());
        assertThat(feed.status()).isEqualTo(201);
        String path = feed.text("url").substring(feed.text("url").indexOf("/api/calendar/"));
        String agenda = await("both events in Léa's feed", () -> {
            Answer file = get(path, null);
            return file.status() == 200 && file.raw().contains(winter) ? file.raw() : null;
        });
        Calendar mine = new CalendarBuilder().build(new StringReader(agenda));
        mine.validate();
        Map<String, Instant> starts = new HashMap<>();
        for (VEvent entry : mine.<VEvent>getComponents(Component.VEVENT)) {
            starts.put(entry.getUid().orElseThrow().getValue(), instantOf(entry));
        }
        assertThat(starts).containsEntry(summer + "@lacoopol.fr", Instant.parse("2027-03-27T17:00:00Z"))
                .containsEntry(winter + "@lacoopol.fr", Instant.parse("2027-10-31T17:00:00Z"));
        assertThat(agenda).doesNotContain(noe.email(), lea.email(), "Noé", "ATTENDEE", "ORGANIZER");

        // A new address replaces the old at once.
        post("/api/me/calendar-feed", lea.token(), Map.of());
        assertThat(get(path, null).status()).isEqualTo(404);

        assertThat(post("/api/events/" + winter + "/cancellation", section.secretary(), Map.of()).status()).isEqualTo(204);
        await("the cancelled event", () -> get("/api/events/" + winter + ".ics", lea.token()).raw()
                .contains("STATUS:CANCELLED"));
    }

    private static Instant instantOf(VEvent event) throws Exception {
        DtStart<?> start = event.getDateTimeStart();
        Object date = start.getDate();
        if (date instanceof ZonedDateTime zoned) return zoned.toInstant();
        if (date instanceof java.time.OffsetDateTime offset) return offset.toInstant();
        if (date instanceof Instant instant) return instant;
        throw new AssertionError("unexpected DTSTART " + date);
    }

    @Test
    void neverMoreYesThanPlacesWhenEveryoneAnswersAtOnce() throws Exception {
        String id = create(event("Porte-à-porte " + unique(), inDays(8), 5, true));
        int members = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                MemberId member = MemberId.random();
                answers.add(() -> commands.<Boolean>sendAndWait(new AnswerCommand(new EventId(id), member, null,
                        fr.lacoopol.agenda.Answer.YES)));
            }
            int waitlisted = 0;
            for (Future<Boolean> answer : pool.invokeAll(answers)) {
                if (answer.get()) waitlisted++;
            }
            assertThat(waitlisted).isEqualTo(members - 5);
        } finally {
            pool.shutdown();
        }
        JsonNode page = eventAs(section.secretary(), id, e -> e.path("gauge").path("waiting").asInt() == members - 5);
        assertThat(page.path("gauge").path("yes").asInt()).isEqualTo(5);
    }

    @Test
    void theAutomaticReminderIsKeptInTheSchedulerAndSentOnce() {
        LocalDateTime start = LocalDateTime.now(PARIS).plusHours(1).plusSeconds(8).withNano(0);
        String title = "Collage ce soir " + unique();
        Map<String, Object> soon = event(title, start, null, false);
        soon.put("reminderHoursBefore", 1);
        String id = create(soon);
        post("/api/events/" + id + "/invitees", section.secretary(), Map.of("sectionId", section.id(), "wholeSection", true));
        put("/api/events/" + id + "/rsvp", noe.token(), Map.of("answer", "YES"));
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        String deadlineId = get("/api/audit/events/" + id + "/history", admin).body().path("items").findValues("payload")
                .stream().map(p -> p.path("deadlineId").asText(null)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow();
        assertThat(scheduled(deadlineId)).as("the deadline waits in the scheduler's table").isEqualTo(1);
        Mail reminder = awaitMail(noe.email(), "Rappel : " + title);
        assertThat(reminder.body()).contains("/evenements/" + id);
        await("the reminder in the read model", () -> get("/api/events/" + id + "/answers", section.secretary()).body()
                .path("reminders").findValuesAsText("automatic").contains("true"));
        assertThat(mailbox(noe.email()).stream().filter(m -> m.subject().equals("Rappel : " + title)).count())
                .isEqualTo(1);
        assertThat(scheduled(deadlineId)).as("a deadline done leaves the table").isZero();
    }

    private int scheduled(String deadlineId) {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class,
                deadlineId);
    }
}
