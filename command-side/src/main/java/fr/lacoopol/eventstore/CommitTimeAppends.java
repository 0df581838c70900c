package fr.lacoopol.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC engine, except that a transaction's events are inserted at its commit, once everything else in it
 * is done: the insert takes the append lock ({@link SerializedAppends}), and the lock is held until the commit.
 * Axon appends a command's events before the subscribing processors handle them in the same transaction; those
 * round trips then ran under the lock, and every other command's append waited for them. Under load, the thread
 * holding the lock also waited for a core between them.
 *
 * <p>What is deferred is only the insert: a failure (an aggregate's sequence number taken by another instance)
 * still fails the command, as a failed commit. Nothing reads its own transaction's events back: aggregates are
 * loaded before their command, and the access lookup reads the events it is handed.
 */
final class CommitTimeAppends extends JdbcEventStorageEngine {

    CommitTimeAppends(Builder builder) {
        super(builder);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            super.appendEvents(events, serializer);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                CommitTimeAppends.super.appendEvents(events, serializer);
            }
        });
    }
}
