package fr.lacoopol.web;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again, at once, when it met a concurrent change of its aggregate — and for nothing else: a
 * refusal stays a refusal, a service out of reach answers 503 straight away.
 *
 * <p>Each instance keeps the aggregates it handled in memory. Through Axon Server an aggregate's commands all go to
 * one instance, so its copy stays current; with several instances on the JDBC store, each handles its own
 * requests, and a copy goes stale when another instance changes the aggregate. The store refuses the stale
 * instance's events (their sequence numbers are taken), Axon drops the copy, and the command sent again reads
 * the aggregate afresh. A member's command then answers as it would on one instance, not with a conflict.
 */
final class ConcurrentChangeRetry implements RetryScheduler {

    static final int ATTEMPTS = 3;

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() >= ATTEMPTS || !concurrentChange(lastFailure)) return false;
        dispatchTask.run();
        return true;
    }

    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) return true;
        }
        return false;
    }
}
