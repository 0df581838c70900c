package fr.lacoopol.conversation.web;

import fr.lacoopol.ids.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NOT-2: when each member last marked their event alerts read. Kept beside the API, not in the alerts' read model,
 * so that rebuilding that read model from the events leaves what the member has read as read.
 */
@Component
class AlertsSeen {

    private final JdbcTemplate jdbc;

    AlertsSeen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Instant seenUntil(MemberId member) {
        List<Timestamp> seen = jdbc.queryForList("SELECT seen_until FROM alerts_seen WHERE member_id = ?",
                Timestamp.class, member.value());
        return seen.isEmpty() ? null : seen.get(0).toInstant();
    }

    void markSeen(MemberId member) {
        jdbc.update("""
                INSERT INTO alerts_seen (member_id, seen_until) VALUES (?, now())
                ON CONFLICT (member_id) DO UPDATE SET seen_until = now()""", member.value());
    }
}
