package fr.lacoopol.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A section's message to thousands does not hold up an invitation: it goes first. */
class MailPriorityTest extends ApiTestSupport {

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvitationEnqueuedBehindHundredsOfNotificationsIsSentBeforeThem() {
        String run = unique();
        for (int i = 0; i < 400; i++) {
            outbox.enqueue("priority-" + run + "-" + i, "NEW_MESSAGE", "lecteur-" + i + "-" + run + "@exemple.fr",
                    "Nouveau message", "Bonjour");
        }
        outbox.enqueue("priority-" + run + "-invitation", "INVITATION", "invite-" + run + "@exemple.fr",
                "Ton invitation", "Bonjour");
        Timestamp invitationSent = await("the invitation sent", () -> jdbc.queryForObject(
                "SELECT sent_at FROM mail_outbox WHERE mail_id = ?", Timestamp.class, "priority-" + run + "-invitation"));
        await("the notifications sent", () -> jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ? AND state = 'SENT'""", Long.class,
                "priority-" + run + "-%") == 401);
        long sentAfter = jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ? AND kind = 'NEW_MESSAGE' AND sent_at > ?""",
                Long.class, "priority-" + run + "-%", invitationSent);
        // 50 a dispatch every 250 ms: most of the 400 were still waiting when the invitation came.
        assertThat(sentAfter).isGreaterThan(100);
    }
}
