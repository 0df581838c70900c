package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

/** Only the head reader waits its turn; everyone else reads at once. */
class PacedHeadReadsTest {

    private final List<String> reads = new CopyOnWriteArrayList<>();
    private final ThreadGroup headReaders = new ThreadGroup("head readers");
    private final PacedHeadReads engine = new PacedHeadReads(new RecordingEngine(), headReaders, Duration.ofHours(1));

    @Test
    void theHeadReaderReadsOncePerIntervalWhileOthersReadAtOnce() throws Exception {
        Thread headReader = new Thread(headReaders, () -> {
            engine.readEvents(null, false);
            engine.readEvents(null, false);
        });
        headReader.start();
        awaitWaiting(headReader);
        assertThat(reads).as("the first read is not held back, the second waits its turn").containsExactly("head reader");

        engine.readEvents(null, false);
        engine.readEvents("member-1", 0);
        assertThat(reads).as("a processor catching up and a command loading an aggregate do not wait")
                .containsExactly("head reader", "main", "main");

        headReader.interrupt();
        headReader.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(reads).as("an interrupt (the store stopping) ends the wait").hasSize(4).endsWith("head reader");
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < limit) Thread.sleep(5);
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private class RecordingEngine implements EventStorageEngine {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.add(Thread.currentThread().getThreadGroup() == headReaders ? "head reader" : "main");
            return Stream.empty();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            reads.add("main");
            return DomainEventStream.empty();
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }
    }
}
