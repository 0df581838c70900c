package fr.lacoopol.operations;

import fr.lacoopol.errors.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries dead letters: on an administrator's demand (AUD-3), and every minute by itself, because a dead letter is as
 * often a passing failure (the database restarting, a lock timeout) as a bug. A sequence still failing stays in its
 * queue, in order; one that passes is gone. The mail processor has a queue too: its handlers only write outbox rows,
 * keyed by event, so a retried notification is never sent twice.
 */
@Component
class DeadLetterRetries {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRetries.class);

    record Retried(int sequencesHandled, long remaining) {
    }

    private final EventProcessingConfiguration processing;

    DeadLetterRetries(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Each sequence of the processor's queue retried once, in order; 404 for a processor without a queue. */
    Retried retry(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processingGroup)
                .orElseThrow(NotFoundException::new);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(NotFoundException::new);
        long sequences = queue.amountOfSequences();
        int handled = 0;
        // The handlers run on the caller's thread, and BackgroundPriority lowers any thread that handles a tracked
        // event for good: a request thread must get its priority back.
        Thread caller = Thread.currentThread();
        int priority = caller.getPriority();
        try {
            for (long i = 0; i < sequences; i++) {
                if (processor.processAny()) handled++;
            }
        } finally {
            caller.setPriority(priority);
        }
        return new Retried(handled, queue.size());
    }

    @Scheduled(fixedDelayString = "${coopol.dead-letters.retry-interval:PT1M}",
            initialDelayString = "${coopol.dead-letters.retry-interval:PT1M}")
    void retryEverywhere() {
        processing.eventProcessors().keySet().forEach(name -> processing.deadLetterQueue(name)
                .filter(queue -> queue.size() > 0)
                .ifPresent(queue -> {
                    Retried retried = retry(name);
                    LOG.info("dead letters of {}: {} sequence(s) handled on retry, {} letter(s) still waiting", name,
                            retried.sequencesHandled(), retried.remaining());
                }));
    }
}
