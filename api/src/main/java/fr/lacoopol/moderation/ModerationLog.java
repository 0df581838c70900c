package fr.lacoopol.moderation;

import fr.lacoopol.ids.FederationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * MOD-3: the moderators' decisions, so that they are accountable too — content hidden or shown again (from the
 * events, keyed by event: a redelivery or a replay writes nothing twice) and reports closed (in the closing's own
 * transaction). A federation's referents read the decisions about its members; the administrators read them all.
 */
@Component
@ProcessingGroup("moderation-log")
public class ModerationLog {

    public enum Action { HIDDEN, RESTORED, REPORT_CLOSED }

    public record Entry(Instant decidedAt, String moderator, Action action, ContentKind kind, String contentId,
                        String authorId, String federationId, String reason) {
    }

    private final JdbcTemplate jdbc;

    ModerationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ModerationDecision decision, EventMessage<?> message) {
        record(message.getIdentifier(), message.getTimestamp(), decision.moderator(),
                decision.hidden() ? Action.HIDDEN : Action.RESTORED, decision.kind(), decision.contentId(),
                decision.authorId() == null ? null : decision.authorId().value(), decision.federationId(),
                decision.reason());
    }

    void record(String entryId, Instant at, String moderator, Action action, ContentKind kind, String contentId,
                String authorId, String federationId, String reason) {
        jdbc.update("INSERT INTO moderation_log (entry_id, decided_at, moderator, action, kind, content_id, author_id, "
                        + "federation_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO NOTHING",
                entryId, Timestamp.from(at), moderator, action.name(), kind.name(), contentId, authorId, federationId,
                reason);
    }

    /** Newest first: one federation's, or, with none, every decision. */
    public List<Entry> read(FederationId federation, int page, int size) {
        String where = federation == null ? "" : "WHERE federation_id = ? ";
        Object[] arguments = federation == null ? new Object[] {(long) page * size, size}
                : new Object[] {federation.value(), (long) page * size, size};
        return jdbc.query("SELECT * FROM moderation_log " + where + "ORDER BY decided_at DESC, entry_id OFFSET ? LIMIT ?",
                (row, n) -> new Entry(row.getTimestamp("decided_at").toInstant(), row.getString("moderator"),
                        Action.valueOf(row.getString("action")), ContentKind.valueOf(row.getString("kind")),
                        row.getString("content_id"), row.getString("author_id"), row.getString("federation_id"),
                        row.getString("reason")), arguments);
    }
}
