package fr.lacoopol.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the event store's head reader sees it: that reader reads new events once for every tracking
 * processor and wakes them all each time it finds some, so it reads at most once per {@code interval}. Under a
 * stream of commands each read then brings several events at once, and each processor handles them in one batch,
 * one transaction and one token update, where it would otherwise wake for nearly every command. The events wait
 * for the next read at most that long. Every other caller — commands loading aggregates, a processor reading the
 * store itself while it catches up — reads at once.
 */
final class PacedHeadReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final ThreadGroup headReaders;
    private final long intervalNanos;
    /** Written by the head reader only (Axon may start it again on another thread). */
    private volatile long lastRead;

    PacedHeadReads(EventStorageEngine engine, ThreadGroup headReaders, Duration interval) {
        this.engine = engine;
        this.headReaders = headReaders;
        this.intervalNanos = interval.toNanos();
        this.lastRead = System.nanoTime() - intervalNanos;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (Thread.currentThread().getThreadGroup() == headReaders) awaitTurn();
        return engine.readEvents(trackingToken, mayBlock);
    }

    private void awaitTurn() {
        long wait = lastRead + intervalNanos - System.nanoTime();
        // An interrupt (the store shutting down) ends the wait early; the reader then sees it stop.
        if (wait > 0) LockSupport.parkNanos(wait);
        lastRead = System.nanoTime();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
