package fr.lacoopol.mail;

import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * MOD-2: "contacter l'équipe d'animation". A member's message is kept for the moderators (administrators) and
 * e-mailed to the team's address ({@code coopol.team-email}) through the outbox. The mail names the member and
 * their id, never their e-mail address (P1): the team answers through the messaging.
 */
@Component
public class TeamMessages {

    public record TeamMessage(String messageId, String memberId, String subject, String body, Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final String teamEmail;

    TeamMessages(JdbcTemplate jdbc, MailOutbox outbox, @Value("${coopol.team-email}") String teamEmail) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.teamEmail = teamEmail;
    }

    @Transactional
    public String send(MemberId author, String authorName, String subject, String body) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO team_message (message_id, member_id, subject, body) VALUES (?, ?, ?, ?)", id,
                author.value(), subject, body);
        outbox.enqueue(mailId(id), "TEAM_MESSAGE", teamEmail, "[Équipe d'animation] " + subject,
                "Message de " + authorName + " (membre " + author.value() + ") :\n\n" + body
                        + "\n\nRépondre par la messagerie de la coopol.");
        return id;
    }

    /** MOD-1: tells the team of a report (the moderators' queue holds it too). */
    public void notifyReport(String reportId, String reporterName, String kind, String targetId, String reason) {
        outbox.enqueue("report-" + reportId, "TEAM_MESSAGE", teamEmail, "[Signalement] " + kind + " " + targetId,
                "Signalement de " + reporterName + " sur " + kind + " " + targetId + " :\n\n" + reason
                        + "\n\nÀ traiter dans la file des signalements.");
    }

    public List<TeamMessage> recent(int page, int size) {
        return jdbc.query("SELECT message_id, member_id, subject, body, sent_at FROM team_message "
                        + "ORDER BY sent_at DESC, message_id OFFSET ? LIMIT ?",
                (row, n) -> new TeamMessage(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), (long) page * size, size);
    }

    /** GDPR-2: an erased member's messages to the team go, and so do their e-mails not yet sent. */
    public void eraseFrom(MemberId member) {
        List<String> ids = jdbc.queryForList("SELECT message_id FROM team_message WHERE member_id = ?", String.class,
                member.value());
        for (String id : ids) jdbc.update("DELETE FROM mail_outbox WHERE mail_id = ? AND state = 'PENDING'", mailId(id));
        jdbc.update("DELETE FROM team_message WHERE member_id = ?", member.value());
    }

    private static String mailId(String messageId) {
        return "team-" + messageId;
    }
}
