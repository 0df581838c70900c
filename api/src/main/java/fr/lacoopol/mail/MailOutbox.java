package fr.lacoopol.mail;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The mail_outbox table. */
@Component
class MailOutbox {

    record PendingMail(String mailId, String recipient, String subject, String body, String senderName,
                       String unsubscribeUrl) {
    }

    /** Sent first: someone is waiting for the link inside. */
    private static final Set<String> URGENT_KINDS = Set.of("INVITATION", "PASSWORD_RESET", "EMAIL_CHANGE");
    private static final int SUBJECT_MAX = 300;

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Enqueues once: a second call with the same id changes nothing. */
    void enqueue(String mailId, String kind, String recipient, String subject, String body) {
        enqueue(mailId, kind, recipient, subject, body, null, null);
    }

    /** The same, sent in someone's name (the platform's address stays the sender) with an unsubscribe link. */
    void enqueue(String mailId, String kind, String recipient, String subject, String body, String senderName,
                 String unsubscribeUrl) {
        String fitted = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
        jdbc.update("""
                INSERT INTO mail_outbox (mail_id, kind, recipient, subject, body, sender_name, unsubscribe_url, priority)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (mail_id) DO NOTHING""", mailId, kind, recipient, fitted, body, senderName, unsubscribeUrl,
                URGENT_KINDS.contains(kind) ? 0 : 1);
    }

    /** Claims up to {@code limit} pending mails, marking them SENDING in their own committed statement. */
    List<PendingMail> claim(int limit) {
        return jdbc.query("""
                UPDATE mail_outbox SET state = 'SENDING', attempts = attempts + 1
                WHERE mail_id IN (SELECT mail_id FROM mail_outbox WHERE state = 'PENDING'
                                  ORDER BY priority, created_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING mail_id, recipient, subject, body, sender_name, unsubscribe_url""",
                (row, i) -> new PendingMail(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)),
                limit);
    }

    /**
     * Marks a batch delivered, in one statement. A delivered mail keeps only what proves it was sent once
     * (its id, kind and times): its address, subject, body and links are blanked, so the table holds no
     * personal data and no working link after delivery.
     */
    void sent(List<String> mailIds) {
        if (mailIds.isEmpty()) return;
        jdbc.update("""
                UPDATE mail_outbox SET state = 'SENT', sent_at = now(), last_error = NULL,
                                       recipient = '', subject = '', body = '', sender_name = NULL, unsubscribe_url = NULL
                WHERE mail_id = ANY(?)""", (Object) mailIds.toArray(String[]::new));
    }

    /** The relay refused the message: it was not delivered, so it may be tried again. */
    void refused(String mailId, String error, int maxAttempts) {
        jdbc.update("""
                UPDATE mail_outbox SET state = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'PENDING' END,
                                       last_error = ?
                WHERE mail_id = ?""", maxAttempts, error.length() > 500 ? error.substring(0, 500) : error, mailId);
    }
}
