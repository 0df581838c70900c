package fr.lacoopol.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A section's message to thousands does not hold up an invitation: it goes first. */
class MailPriorityTest extends ApiTestSupport {

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anInvitationEnqueuedBehindHundredsOfNotificationsIsSentBeforeThem() {
        String run = unique();
        // All waiting together, the invitation last: the dispatcher sends a full outbox in a few batches at once.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 400; i++) {
                outbox.enqueue("priority-" + run + "-" + i, "NEW_MESSAGE", "lecteur-" + i + "-" + run + "@exemple.fr",
                        "Nouveau message", "Bonjour");
            }
            outbox.enqueue("priority-" + run + "-invitation", "INVITATION", "invite-" + run + "@exemple.fr",
                    "Ton invitation", "Bonjour");
        });
        Timestamp invitationSent = await("the invitation sent", () -> jdbc.queryForObject(
                "SELECT sent_at FROM mail_outbox WHERE mail_id = ?", Timestamp.class, "priority-" + run + "-invitation"));
        await("the notifications sent", () -> jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ? AND state = 'SENT'""", Long.class,
                "priority-" + run + "-%") == 401);
        long sentAfter = jdbc.queryForObject("""
                SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ? AND kind = 'NEW_MESSAGE' AND sent_at > ?""",
                Long.class, "priority-" + run + "-%", invitationSent);
        // 200 a batch: the invitation goes in the first, with at most 199 of them; the others after it.
        assertThat(sentAfter).isGreaterThanOrEqualTo(200);
    }
}
