package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One writer keeps its transaction open past the gap timeout (1.5 s in tests) while others commit: a
 * tracking processor must still receive every event.
 *
 * <p>How events get lost without serialised appends: the slow writer has taken a global index but not
 * committed; a later index becomes visible, and the processor records the missing one as a gap. Axon drops
 * a gap as soon as it reads, beyond it, an event whose timestamp is already older than the gap timeout —
 * which is what another long transaction commits (its events are stamped when created, not when committed).
 * The other writers here are such transactions: their events are 10 s old when they commit. Without the
 * append lock this test fails (the slow writer's event is never delivered: checked by removing the lock);
 * with it, the other writers wait for the slow one, and indices become visible in order.
 *
 * <p>The slow writer holds its transaction open after its insert, in a step of the commit that runs after it.
 */
class SerializedAppendsTest extends ApiTestSupport {

    private static final long HOLD_MILLIS = 5_000;

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    GapProbe probe;

    @Test
    void noEventIsSkippedWhenAWriterCommitsAfterLaterOnes() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        CountDownLatch slowAppended = new CountDownLatch(1);
        String slowId = run + "-slow";
        ids.add(slowId);
        Thread slowWriter = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            eventStore.publish(probe(slowId, Instant.now()));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    slowAppended.countDown();
                    sleep(HOLD_MILLIS);
                }
            });
        }));
        slowWriter.start();
        assertThat(slowAppended.await(10, TimeUnit.SECONDS)).isTrue();

        ExecutorService others = Executors.newFixedThreadPool(4);
        List<Future<?>> appends = new ArrayList<>();
        Instant longAgo = Instant.now().minusSeconds(10);
        for (int i = 0; i < 20; i++) {
            String id = run + "-" + i;
            ids.add(id);
            appends.add(others.submit(() -> new TransactionTemplate(transactions)
                    .executeWithoutResult(status -> eventStore.publish(probe(id, longAgo)))));
        }
        for (Future<?> append : appends) append.get(30, TimeUnit.SECONDS);
        slowWriter.join(30_000);
        others.shutdown();

        await("every probe event tracked", () -> probe.seen.containsAll(ids));
        assertThat(probe.seen).containsAll(ids);
    }

    static GenericDomainEventMessage<GapProbe.ProbeEvent> probe(String id, Instant timestamp) {
        return new GenericDomainEventMessage<>("GapProbe", id, 0, new GapProbe.ProbeEvent(id), MetaData.emptyInstance(),
                UUID.randomUUID().toString(), timestamp);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
