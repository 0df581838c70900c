package fr.lacoopol.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.serialization.SerializedObject;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events only while holding a transaction-scoped advisory lock, so that transactions append one after
 * the other and commit in the order of the global index they took.
 *
 * <p>Why: a tracking processor reads events by {@code globalindex}. When a transaction that took index 10
 * commits after one that took 11, the processor sees 11 first, records 10 as a gap, and after the gap
 * timeout stops waiting for it — the event is then never handled. With the lock, the index is taken and
 * committed under mutual exclusion, so a later index is never visible before an earlier one.
 *
 * <p>The insert takes the lock itself ({@code INSERT … SELECT … FROM pg_advisory_xact_lock(…)}: the row, and
 * with it the index, is made once the lock is held), so that it is held from the insert to the commit only:
 * the events are serialised and encrypted before, and no round trip is spent on the lock alone. Every
 * command's events pass through here, and the time the lock is held bounds how many commands commit a second.
 *
 * <p>So the lock is not held while the commit waits for the disk. The transaction commits without waiting
 * ({@code synchronous_commit} off for it alone, set by the insert), which releases the lock as soon as the
 * commit is visible; right after, before the command answers, one synchronous commit on the same connection
 * flushes the write-ahead log up to it ({@link WalFlush}). A command is answered only once its events are on
 * disk; the next append does not wait for that flush, and the flushes of concurrent commands share one write.
 * A crash between the two commits loses events nobody was told were stored, and with them everything later in
 * the log (projections included), never an earlier one (docs/adr/0001-serialised-appends.md).
 */
public final class SerializedAppends {

    /** An arbitrary constant naming the lock ("coopol" in ASCII). */
    static final long APPEND_LOCK_KEY = 0x636f6f706f6cL;

    private SerializedAppends() {
    }

    /**
     * The appends, on connections of {@code dataSource}'s. Outside a Spring transaction (there is always one
     * here: Axon's transaction manager is Spring's) nothing could flush after the commit, so it waits for the
     * disk itself.
     */
    public static AppendEventsStatementBuilder statementBuilder(DataSource dataSource) {
        WalFlush flush = new WalFlush(dataSource);
        return (connection, schema, dataType, events, serializer, timestampWriter) -> {
            boolean flushAfterCommit = TransactionSynchronizationManager.isSynchronizationActive();
            if (flushAfterCommit && !TransactionSynchronizationManager.getSynchronizations().contains(flush)) {
                TransactionSynchronizationManager.registerSynchronization(flush);
            }
            PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable()
                    + " (" + schema.domainEventFields() + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM pg_advisory_xact_lock("
                    + APPEND_LOCK_KEY + ")" + (flushAfterCommit ? ", set_config('synchronous_commit', 'off', true)" : ""));
            for (EventMessage<?> event : events) {
                DomainEventMessage<?> domainEvent = asDomainEvent(event);
                SerializedObject<?> payload = domainEvent.serializePayload(serializer, dataType);
                SerializedObject<?> metaData = domainEvent.serializeMetaData(serializer, dataType);
                // The columns in the order of EventSchema.domainEventFields().
                insert.setString(1, domainEvent.getIdentifier());
                insert.setString(2, domainEvent.getAggregateIdentifier());
                insert.setLong(3, domainEvent.getSequenceNumber());
                insert.setString(4, domainEvent.getType());
                timestampWriter.writeTimestamp(insert, 5, domainEvent.getTimestamp());
                insert.setString(6, payload.getType().getName());
                insert.setString(7, payload.getType().getRevision());
                insert.setObject(8, payload.getData());
                insert.setObject(9, metaData.getData());
                insert.addBatch();
            }
            return insert;
        };
    }

    /** An event published outside an aggregate is stored as Axon stores it: no type, its own id, sequence 0. */
    private static <T> DomainEventMessage<T> asDomainEvent(EventMessage<T> event) {
        if (event instanceof DomainEventMessage<T> domainEvent) return domainEvent;
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }

    /**
     * Flushes the write-ahead log after the transaction's commit, before anything answers: a transaction that
     * writes to the log (a transactional logical message, which no table keeps) and commits synchronously waits
     * until the log is on disk up to its commit, and so up to every commit before it. It runs on the
     * transaction's own connection, still bound while Spring calls {@code afterCommit}: a second connection
     * could wait for a pool that every command holds one of. A failure is thrown to the command, which then
     * answers with an error: its events are stored, but not known to be on disk.
     */
    record WalFlush(DataSource dataSource) implements TransactionSynchronization {

        static final String FLUSH = "SELECT pg_logical_emit_message(true, 'coopol.flush', '')";

        @Override
        public void afterCommit() {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (Statement statement = connection.createStatement()) {
                statement.execute(FLUSH);
                if (!connection.getAutoCommit()) connection.commit();
            } catch (SQLException e) {
                throw new SQLStateSQLExceptionTranslator().translate("flushing the events' commit", FLUSH, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
