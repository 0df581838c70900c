package fr.lacoopol.batches;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.eventstore.MemberKeys;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Carries out a batch of commands all or none: in one unit of work and one database transaction, so that their
 * events are appended together — by Axon Server in one append transaction, which commits before the database's —
 * or not at all.
 *
 * <p>The commands go to this instance's own handlers (the command bus's local segment, the only bus in the JDBC
 * mode). Through Axon Server, each command would travel to whichever instance owns its aggregate and be handled
 * there in a unit of work of its own: a batch would commit a row at a time. Handling them here stays safe with
 * several instances: Axon Server refuses an event whose sequence number in its aggregate another instance took
 * meanwhile, and the whole batch then fails, to be redone by the caller a row at a time.
 */
@Component
public class CommandBatches {

    /** The commands of one batch, sent in the name of the same actor. */
    public interface Batch {

        /** Handles the command here, inside the batch; its failure fails the batch. */
        <R> R send(Object command);
    }

    private final CommandGateway here;
    private final TransactionManager transactions;
    private final MemberKeys keys;

    CommandBatches(@Qualifier("localSegment") CommandBus localSegment, TransactionManager transactions, MemberKeys keys) {
        this.here = DefaultCommandGateway.builder().commandBus(localSegment).build();
        this.transactions = transactions;
        this.keys = keys;
    }

    /**
     * Runs {@code commands} as one batch in the name of {@code actor} (AUD-1: a background process has no request of
     * its own). Any command's failure rolls back every one and is thrown.
     */
    public void allOrNone(String actor, Consumer<Batch> commands) {
        Map<String, String> origin = Map.of(MessageOrigin.ACTOR, actor);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> commands.accept(new Batch() {
            @Override
            public <R> R send(Object command) {
                return here.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(origin));
            }
        }));
    }

    /**
     * The same, for a batch that records people who have no key yet ({@code newSubjects}, their ids): their keys are
     * made first, all in one statement, instead of one statement and commit each as their events are written.
     */
    public void allOrNone(String actor, Collection<String> newSubjects, Consumer<Batch> commands) {
        keys.prepare(newSubjects);
        allOrNone(actor, commands);
    }

    /**
     * The domain's refusal that failed a command, if that is what failed it: only a refusal is the row's own outcome.
     * Anything else (Axon Server or the database out of reach, a concurrent change) stops the work, to be taken up
     * again from its last recorded batch. The API's handler interceptor wraps refusals for their trip through Axon
     * Server; handled here, the refusal is the cause.
     */
    public static Optional<DomainException> refusal(RuntimeException failure) {
        if (failure instanceof DomainException refusal) return Optional.of(refusal);
        return failure.getCause() instanceof DomainException refusal ? Optional.of(refusal) : Optional.empty();
    }
}
