package fr.lacoopol.readmodel;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection gathers over a batch of events and sends once, just before the batch commits (before its token
 * is stored, in its transaction): a tracking processor handles each batch in one unit of work. A failure to send
 * fails the batch, which is then handled again whole.
 */
public final class PerBatch {

    private PerBatch() {
    }

    /**
     * The current batch's {@code key}, made by {@code start} at its first use in the batch and handed to {@code send}
     * before the batch commits; empty outside a unit of work (a handler called directly), where the caller acts at once.
     */
    public static <T> Optional<T> pending(String key, Supplier<T> start, Consumer<T> send) {
        if (!CurrentUnitOfWork.isStarted()) return Optional.empty();
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return Optional.of(batch.getOrComputeResource(key, k -> {
            T pending = start.get();
            batch.onPrepareCommit(unitOfWork -> send.accept(pending));
            return pending;
        }));
    }
}
