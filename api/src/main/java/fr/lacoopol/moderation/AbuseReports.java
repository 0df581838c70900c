package fr.lacoopol.moderation;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.EventView;
import fr.lacoopol.agenda.query.FindEventQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.group.query.FindGroupQuery;
import fr.lacoopol.group.query.GroupView;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.mail.TeamMessages;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.moderation.query.ModeratedContent;
import fr.lacoopol.post.query.FindPostQuery;
import fr.lacoopol.post.query.PostView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * MOD-1: "signaler un abus" on a post, a comment, an event, a group or a profile. A member reports only what they can
 * see (anything else answers 404, as if missing: a report is no oracle); the report is queued for the moderators
 * (the administrators) and e-mailed to the team; a moderator hides what it names, or closes it with their decision.
 */
@Component
public class AbuseReports {

    public record Report(String reportId, String reporterId, ContentKind kind, String targetId, String reason,
                         Instant reportedAt, String closedBy, Instant closedAt, String decision) {
    }

    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final TeamMessages team;
    private final ContentModeration moderation;
    private final ModerationLog log;

    AbuseReports(QueryGateway queries, JdbcTemplate jdbc, TeamMessages team, ContentModeration moderation,
                 ModerationLog log) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.team = team;
        this.moderation = moderation;
        this.log = log;
    }

    @Transactional
    public String report(Viewer reporter, String reporterName, ContentKind kind, String targetId, String reason) {
        if (!visible(reporter, kind, targetId)) throw new NotFoundException();
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO abuse_report (report_id, reporter_id, kind, target_id, reason) VALUES (?, ?, ?, ?, ?)",
                id, reporter.memberId().value(), kind.name(), targetId, reason);
        team.notifyReport(id, reporterName, kind.name(), targetId, reason);
        return id;
    }

    /** The queue: open reports oldest first, or closed ones newest first. */
    public List<Report> list(boolean open, int page, int size) {
        return jdbc.query("SELECT * FROM abuse_report WHERE " + (open ? "closed_at IS NULL ORDER BY reported_at"
                        : "closed_at IS NOT NULL ORDER BY closed_at DESC") + ", report_id OFFSET ? LIMIT ?",
                AbuseReports::report, (long) page * size, size);
    }

    /**
     * A moderator closes an open report with their decision (MOD-1), recorded in the moderation log with the
     * federation of the member concerned (MOD-3); 404 for a report unknown or already closed.
     */
    @Transactional
    public void close(String reportId, String moderator, String decision) {
        Report report = jdbc.query("SELECT * FROM abuse_report WHERE report_id = ? AND closed_at IS NULL FOR UPDATE",
                AbuseReports::report, reportId).stream().findFirst().orElseThrow(NotFoundException::new);
        jdbc.update("UPDATE abuse_report SET closed_by = ?, closed_at = now(), decision = ? WHERE report_id = ?",
                moderator, decision, reportId);
        Optional<ModeratedContent> content = moderation.find(report.kind(), report.targetId());
        log.record("report-closed:" + reportId, Instant.now(), moderator, ModerationLog.Action.REPORT_CLOSED,
                report.kind(), report.targetId(), content.map(c -> c.authorId().value()).orElse(null),
                content.map(ModeratedContent::federationId).orElse(null), decision);
    }

    /** A moderator hides what an open report names, and so closes the report (MOD-1). */
    public void hideReported(String reportId, String moderator, String reason) {
        Report report = jdbc.query("SELECT * FROM abuse_report WHERE report_id = ? AND closed_at IS NULL",
                AbuseReports::report, reportId).stream().findFirst().orElseThrow(NotFoundException::new);
        moderation.hide(report.kind(), report.targetId(), moderator, reason);
        close(reportId, moderator, "Contenu masqué : " + reason);
    }

    /** GDPR-2: an erased member's reports go with them. */
    public void eraseFrom(MemberId member) {
        jdbc.update("DELETE FROM abuse_report WHERE reporter_id = ?", member.value());
    }

    private boolean visible(Viewer viewer, ContentKind kind, String id) {
        return switch (kind) {
            case POST -> queries.query(new FindPostQuery(viewer, new PostId(id)),
                    ResponseTypes.optionalInstanceOf(PostView.class)).join().isPresent();
            case EVENT -> queries.query(new FindEventQuery(viewer, new EventId(id)),
                    ResponseTypes.optionalInstanceOf(EventView.class)).join().isPresent();
            case GROUP -> queries.query(new FindGroupQuery(viewer, new GroupId(id)),
                    ResponseTypes.optionalInstanceOf(GroupView.class)).join().isPresent();
            case PROFILE -> queries.query(new FindMemberProfileQuery(viewer, new MemberId(id)),
                    ResponseTypes.optionalInstanceOf(MemberProfileView.class)).join().isPresent();
            case COMMENT -> commentVisible(viewer, id);
        };
    }

    private static Report report(ResultSet row, int n) throws SQLException {
        return new Report(row.getString("report_id"), row.getString("reporter_id"),
                ContentKind.valueOf(row.getString("kind")), row.getString("target_id"), row.getString("reason"),
                row.getTimestamp("reported_at").toInstant(), row.getString("closed_by"),
                row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toInstant(),
                row.getString("decision"));
    }

    /** A comment is as visible as the post or event it is on, once it is not deleted. */
    private boolean commentVisible(Viewer viewer, String commentId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT subject_kind, subject_id FROM read_model.comment WHERE comment_id = ? AND body IS NOT NULL AND NOT hidden",
                commentId);
        if (rows.isEmpty()) return false;
        String subject = (String) rows.get(0).get("subject_id");
        return "post".equals(rows.get(0).get("subject_kind")) ? visible(viewer, ContentKind.POST, subject)
                : visible(viewer, ContentKind.EVENT, subject);
    }
}
