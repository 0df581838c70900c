package fr.lacoopol.audit;

import fr.lacoopol.security.CurrentCaller;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * AUD-5: records each read of members' private data by someone other than them, and answers a member's "who
 * saw my data". Recorded in the request that reads, before its answer leaves: a read that cannot be recorded
 * fails rather than goes unseen.
 */
@Component
public class DataAccessLog {

    /** One read, as its member sees it; {@code readerName} is absent for the administrator or a removed reader. */
    public record Entry(Instant at, String reader, String readerName, DataAccess channel, String description,
                        String target) {
    }

    private final JdbcTemplate jdbc;

    DataAccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the caller read the private data of {@code memberIds} (the caller's own id is left out). */
    public void record(DataAccess channel, String target, Collection<String> memberIds) {
        String reader = CurrentCaller.actor().orElseThrow(() -> new IllegalStateException("a read without a caller"));
        List<String> others = memberIds.stream().filter(id -> id != null && !id.equals(reader)).distinct().toList();
        if (others.isEmpty()) return;
        jdbc.update(connection -> {
            var insert = connection.prepareStatement(
                    "INSERT INTO data_access (reader, channel, target, member_ids) VALUES (?, ?, ?, ?)");
            insert.setString(1, reader);
            insert.setString(2, channel.name());
            insert.setString(3, target);
            insert.setArray(4, connection.createArrayOf("varchar", others.toArray()));
            return insert;
        });
    }

    /**
     * Records an auditor's read of a section's or an event's history or state (AUD-1, AUD-2): no member's private data,
     * but every audit read is itself recorded, so that auditors are accountable too ({@link #auditReads}).
     */
    public void recordAuditRead(DataAccess channel, String target) {
        String reader = CurrentCaller.actor().orElseThrow(() -> new IllegalStateException("a read without a caller"));
        jdbc.update("INSERT INTO data_access (reader, channel, target, member_ids) VALUES (?, ?, ?, '{}')", reader,
                channel.name(), target);
    }

    /** Every audit read (of members, sections, events, conversations), newest first. */
    public List<Entry> auditReads(int page, int size) {
        return jdbc.query("""
                        SELECT a.read_at, a.reader, a.channel, a.target, p.first_name, p.last_name
                        FROM data_access a
                        LEFT JOIN read_model.member_profile p ON p.member_id = a.reader
                        WHERE a.channel IN ('AUDIT_HISTORY', 'AUDIT_STATE')
                        ORDER BY a.read_at DESC, a.access_id DESC
                        OFFSET ? LIMIT ?""", this::entry, (long) page * size, size);
    }

    /** Records a read a process made on someone's behalf, once per event whatever the replays. */
    public void recordFromEvent(String eventId, Instant at, String reader, DataAccess channel, String target,
                                String memberId) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO data_access (read_at, reader, channel, target, member_ids, source_event)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_event) DO NOTHING""");
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, reader);
            insert.setString(3, channel.name());
            insert.setString(4, target);
            Array members = connection.createArrayOf("varchar", new Object[] {memberId});
            insert.setArray(5, members);
            insert.setString(6, eventId);
            return insert;
        });
    }

    /** The reads of {@code memberId}'s data by others, newest first. */
    public List<Entry> readsOf(String memberId, int page, int size) {
        return jdbc.query("""
                        SELECT a.read_at, a.reader, a.channel, a.target, p.first_name, p.last_name
                        FROM data_access a
                        LEFT JOIN read_model.member_profile p ON p.member_id = a.reader
                        WHERE a.member_ids @> ARRAY[?]::varchar[]
                        ORDER BY a.read_at DESC, a.access_id DESC
                        OFFSET ? LIMIT ?""",
                this::entry, memberId, (long) page * size, size);
    }

    private Entry entry(ResultSet row, int n) throws SQLException {
        DataAccess channel = DataAccess.valueOf(row.getString("channel"));
        String first = row.getString("first_name");
        String name = first == null ? null : (first + " " + row.getString("last_name")).trim();
        return new Entry(row.getTimestamp("read_at").toInstant(), row.getString("reader"), name, channel, channel.label(),
                row.getString("target"));
    }

    /** Every read of {@code memberId}'s data by others, newest first: the data-access file of their export. */
    public List<Entry> allReadsOf(String memberId) {
        return readsOf(memberId, 0, Integer.MAX_VALUE);
    }

    public long countReadsOf(String memberId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM data_access WHERE member_ids @> ARRAY[?]::varchar[]",
                Long.class, memberId);
        return count == null ? 0 : count;
    }
}
