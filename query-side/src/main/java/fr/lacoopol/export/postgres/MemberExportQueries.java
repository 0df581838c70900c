package fr.lacoopol.export.postgres;

import fr.lacoopol.export.query.ExportMemberDataQuery;
import fr.lacoopol.export.query.MemberDataExport;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * GDPR-1: the member's own rows of each read model. Each query selects by the member's own id (author, creator,
 * guest, member), and names another member only where the member already sees them: a coopain, the wall they wrote
 * on. A conversation's other participants are left out (some were hidden from the author's recipients).
 */
@Component
class MemberExportQueries {

    private final DSLContext db;

    MemberExportQueries(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    MemberDataExport handle(ExportMemberDataQuery query) {
        String me = query.memberId().value();
        return new MemberDataExport(
                rows("""
                        SELECT post_id, type, title, text, tags, url, player_url, file_name, file_type, image_sha256,
                               public_post, in_section_space, group_ids, wall_owner_id, published_at
                        FROM read_model.post WHERE author_id = ? ORDER BY published_at, post_id""", me),
                rows("""
                        SELECT comment_id, subject_kind, subject_id, body, written_at
                        FROM read_model.comment WHERE author_id = ? ORDER BY written_at, comment_id""", me),
                rows("""
                        SELECT m.message_id, m.conversation_id, c.subject, m.body, m.sent_at
                        FROM read_model.conversation_message m
                        JOIN read_model.conversation c ON c.conversation_id = m.conversation_id
                        WHERE m.author_id = ? ORDER BY m.sent_at, m.message_id""", me),
                rows("""
                        SELECT event_id, kind, type, title, description, starts_at, ends_at, street, postal_code, city,
                               public_event, in_section_space, places, cancelled
                        FROM read_model.agenda_event WHERE creator_id = ? ORDER BY starts_at, event_id""", me),
                rows("""
                        SELECT g.event_id, e.title, e.starts_at, g.invited, g.answer, g.answered_at, g.attended
                        FROM read_model.event_guest g JOIN read_model.agenda_event e ON e.event_id = g.event_id
                        WHERE g.member_id = ? ORDER BY e.starts_at, g.event_id""", me),
                rows("""
                        SELECT coopain_id, since FROM read_model.coopain WHERE member_id = ? ORDER BY since, coopain_id""",
                        me),
                rows("""
                        SELECT m.group_id, g.name, m.role, m.since
                        FROM read_model.group_member m JOIN read_model.member_group g ON g.group_id = m.group_id
                        WHERE m.member_id = ? ORDER BY m.since, m.group_id""", me));
    }

    private List<Map<String, Object>> rows(String sql, Object... arguments) {
        return db.resultQuery(sql, arguments).fetch().stream().map(MemberExportQueries::plain).toList();
    }

    /** A row as JSON-ready values: instants as ISO-8601 strings, SQL arrays as lists. */
    private static Map<String, Object> plain(Record row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            if (value instanceof OffsetDateTime time) value = time.toInstant().toString();
            else if (value instanceof Temporal temporal) value = temporal.toString();
            else if (value instanceof Object[] array) value = Arrays.asList(array);
            if (value != null) values.put(row.field(i).getName(), value);
        }
        return values;
    }
}
