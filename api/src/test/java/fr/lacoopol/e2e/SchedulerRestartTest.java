package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import fr.lacoopol.CoopolApplication;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * EVT-14: an automatic reminder outlives the application that set it. This application stops running deadlines
 * (its scheduler is stopped, as in a shutdown) before the reminder is due; the reminder waits in PostgreSQL; a
 * second application started on the same database meets it, and the member gets it once. The test's context is
 * discarded afterwards: its scheduler does not run again.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SchedulerRestartTest extends ApiTestSupport {

    @Autowired
    private Scheduler scheduler;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aReminderSetBeforeAStopIsSentOnceByTheNextStart() throws Exception {
        TestSection section = newSection("Section Relance " + unique(), "75012");
        TestMember noe = newMember(section, "Noé", "Relance");
        scheduler.stop();

        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusHours(1).plusSeconds(3).withNano(0);
        Map<String, Object> event = new HashMap<>();
        event.put("type", "POSTER_GLUING");
        event.put("title", "Collage de nuit " + unique());
        event.put("startsAt", start.toString());
        event.put("place", Map.of("street", "Place de la Nation", "city", "Paris"));
        event.put("reminderHoursBefore", 1);
        Answer created = post("/api/events", section.secretary(), event);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.text("id");
        post("/api/events/" + id + "/invitees", section.secretary(), Map.of("sectionId", section.id(),
                "wholeSection", true));
        assertThat(put("/api/events/" + id + "/rsvp", noe.token(), Map.of("answer", "YES")).status()).isEqualTo(200);

        Thread.sleep(6_000);
        assertThat(mailbox(noe.email())).noneMatch(mail -> mail.subject().startsWith("Rappel"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline' "
                + "AND execution_time < now()", Integer.class)).as("the due reminder waits in the table").isPositive();

        try (ConfigurableApplicationContext next = new SpringApplicationBuilder(CoopolApplication.class)
                .run(anotherInstance())) {
            Mail reminder = awaitMail(noe.email(), "Rappel : Collage de nuit");
            assertThat(reminder.body()).contains("/evenements/" + id);
            Thread.sleep(2_000);
            assertThat(mailbox(noe.email()).stream().filter(mail -> mail.subject().startsWith("Rappel"))).hasSize(1);
        }
    }
}
