package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.lacoopol.e2e.ApiTestSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's events are inserted when it commits, the commit does not wait for the disk while the append
 * lock is held, and the write-ahead log is on disk up to that commit before the transaction's caller goes on
 * (docs/adr/0001-serialised-appends.md).
 */
class CommitTimeAppendsTest extends ApiTestSupport {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void eventsAreInsertedAtTheCommitWhichDoesNotWaitForTheDiskUnderTheLock() {
        String id = UUID.randomUUID().toString();
        AtomicReference<Integer> storedBeforeCommit = new AtomicReference<>();
        AtomicReference<String> synchronousCommitOfTheAppend = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            eventStore.publish(SerializedAppendsTest.probe(id, Instant.now()));
            storedBeforeCommit.set(stored(id));
            // Registered after the append's: runs after the insert, in the same transaction.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    synchronousCommitOfTheAppend.set(jdbc.queryForObject("SHOW synchronous_commit", String.class));
                }
            });
        });
        assertThat(storedBeforeCommit.get()).isZero();
        assertThat(synchronousCommitOfTheAppend.get()).isEqualTo("off");
        assertThat(stored(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void theLogIsOnDiskUpToTheCommitBeforeTheCallerGoesOn() throws Exception {
        // Without the flush, the log writer writes an asynchronous commit within 200 ms: checked at once, and ten
        // times, a missing flush shows.
        for (int i = 0; i < 10; i++) {
            AtomicReference<String> endOfLogAtCommit = new AtomicReference<>();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                // Registered before the append's flush: runs right after the commit, before the flush.
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        endOfLogAtCommit.set(onOwnConnection("SELECT pg_current_wal_insert_lsn()::text"));
                    }
                });
                eventStore.publish(SerializedAppendsTest.probe(UUID.randomUUID().toString(), Instant.now()));
            });
            assertThat(onOwnConnection("SELECT pg_current_wal_flush_lsn() >= '" + endOfLogAtCommit.get() + "'::pg_lsn"))
                    .as("flushed past the commit, attempt %d", i).isEqualTo("t");
        }
    }

    @Test
    void anAppendThatCannotBeStoredFailsTheCommit() {
        String id = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> eventStore.publish(SerializedAppendsTest.probe(id, Instant.now())));
        // The same aggregate and sequence number again: refused when the transaction commits, and nothing stored.
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> eventStore.publish(SerializedAppendsTest.probe(id, Instant.now()))))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("Cannot reuse aggregate identifier");
        assertThat(stored(id)).isEqualTo(1);
    }

    private int stored(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class,
                aggregateId);
    }

    /** Outside the transaction's connection, which Spring still holds while it calls afterCommit. */
    private String onOwnConnection(String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
