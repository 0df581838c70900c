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
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The commit of a transaction that appends events waits for the disk whatever the session's setting: the tracking
 * processors turn {@code synchronous_commit} off for their own writes, as a server's default could
 * (docs/adr/0011-appends-wait-for-the-disk-under-the-lock.md).
 */
class DurableAppendsTest extends ApiTestSupport {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theCommitOfAnAppendWaitsForTheDiskEvenWhereTheSessionSaysOtherwise() {
        String id = UUID.randomUUID().toString();
        AtomicReference<String> synchronousCommitOfTheAppend = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            eventStore.publish(SerializedAppendsTest.probe(id, Instant.now()));
            // Runs after the insert, in the same transaction, just before its commit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    synchronousCommitOfTheAppend.set(jdbc.queryForObject("SHOW synchronous_commit", String.class));
                }
            });
        });
        assertThat(synchronousCommitOfTheAppend.get()).isEqualTo("on");
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void theLogIsOnDiskPastTheEventsBeforeTheCallerGoesOn() {
        // An asynchronous commit reaches the disk within 200 ms (the log writer's delay): checked at once, and ten
        // times, a commit that does not wait shows.
        for (int i = 0; i < 10; i++) {
            AtomicReference<String> endOfLogAfterInsert = new AtomicReference<>();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
                eventStore.publish(SerializedAppendsTest.probe(UUID.randomUUID().toString(), Instant.now()));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        endOfLogAfterInsert.set(jdbc.queryForObject("SELECT pg_current_wal_insert_lsn()::text", String.class));
                    }
                });
            });
            assertThat(onOwnConnection("SELECT pg_current_wal_flush_lsn() >= '" + endOfLogAfterInsert.get() + "'::pg_lsn"))
                    .as("flushed past the events, attempt %d", i).isEqualTo("t");
        }
    }

    @Test
    void anAppendThatCannotBeStoredFailsTheCommit() {
        String id = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> eventStore.publish(SerializedAppendsTest.probe(id, Instant.now())));
        // The same aggregate and sequence number again: refused when the transaction commits, as Axon's duplicate
        // aggregate (the resolver recognises PostgreSQL's unique violation), and nothing stored.
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> eventStore.publish(SerializedAppendsTest.probe(id, Instant.now()))))
                .isInstanceOf(AggregateStreamCreationException.class).hasMessageContaining("Cannot reuse aggregate identifier");
        assertThat(stored(id)).isEqualTo(1);
    }

    private int stored(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class,
                aggregateId);
    }

    /** Outside any transaction. */
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
