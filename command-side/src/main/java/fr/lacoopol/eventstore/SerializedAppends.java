package fr.lacoopol.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;

/**
 * Appends events only while holding a transaction-scoped advisory lock, so that transactions append one after
 * the other and commit in the order of the global index they took.
 *
 * <p>Why: a tracking processor reads events by {@code globalindex}. When a transaction that took index 10
 * commits after one that took 11, the processor sees 11 first, records 10 as a gap, and after the gap
 * timeout stops waiting for it — the event is then never handled. With the lock, the index is taken and
 * committed under mutual exclusion, so a later index is never visible before an earlier one. The lock is
 * held from the insert to the commit only, which is short: events are appended when the unit of work commits.
 */
public final class SerializedAppends {

    /** An arbitrary constant naming the lock ("coopol" in ASCII). */
    static final long APPEND_LOCK_KEY = 0x636f6f706f6cL;

    private SerializedAppends() {
    }

    public static AppendEventsStatementBuilder statementBuilder() {
        return (connection, schema, dataType, events, serializer, timestampWriter) -> {
            lockAppends(connection);
            return JdbcEventStorageEngineStatements.appendEvents(
                    connection, schema, dataType, events, serializer, timestampWriter);
        };
    }

    private static void lockAppends(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, APPEND_LOCK_KEY);
            lock.execute();
        }
    }
}
