package fr.lacoopol.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.errors.ConflictException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch's commands are handled inside the batch's own unit of work and transaction, which is what makes their
 * events one append in Axon Server's mode too: Axon Server's event store appends within the root unit of work.
 */
class CommandBatchesTest {

    private final List<String> handled = new ArrayList<>();
    private final Set<UnitOfWork<?>> roots = new HashSet<>();
    private final List<String> actors = new ArrayList<>();
    /** What the events' append (stood in for) and the database transaction did, in order. */
    private final List<String> journal = new ArrayList<>();
    private CommandBatches batches;

    @BeforeEach
    void localSegment() {
        SimpleCommandBus localSegment = SimpleCommandBus.builder().build();
        localSegment.subscribe(String.class.getName(), command -> {
            String name = (String) command.getPayload();
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            roots.add(root);
            actors.add((String) command.getMetaData().get(MessageOrigin.ACTOR));
            // As Axon Server's event store does with a command's events: appended when the root commits.
            root.onCommit(unitOfWork -> {
                if (name.equals("lost")) throw new IllegalStateException("append lost");
                journal.add(name + " appended");
            });
            root.onRollback(unitOfWork -> journal.add(name + " not appended"));
            if (name.equals("refused")) throw new IllegalStateException("refused");
            handled.add(name);
            return name + " done";
        });
        TransactionManager database = () -> {
            journal.add("database begun");
            return new Transaction() {
                @Override
                public void commit() {
                    journal.add("database committed");
                }

                @Override
                public void rollback() {
                    journal.add("database rolled back");
                }
            };
        };
        batches = new CommandBatches(localSegment, database, null);
    }

    /** The database (guards, credentials, the import's rows) commits only once the events are appended. */
    @Test
    void theBatchsCommandsCommitTogetherTheirEventsBeforeTheDatabase() {
        List<Object> answers = new ArrayList<>();
        batches.allOrNone("secretary-1", batch -> {
            answers.add(batch.send("first"));
            answers.add(batch.send("second"));
            assertThat(journal).containsExactly("database begun");
        });

        assertThat(answers).containsExactly("first done", "second done");
        assertThat(roots).hasSize(1);
        assertThat(journal).containsExactly("database begun", "second appended", "first appended", "database committed");
        assertThat(actors).containsExactly("secretary-1", "secretary-1");
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    @Test
    void oneRefusalRollsBackTheCommandsHandledBeforeIt() {
        assertThatThrownBy(() -> batches.allOrNone("secretary-1", batch -> {
            batch.send("first");
            batch.send("refused");
            batch.send("never sent");
        })).hasMessageContaining("refused");

        assertThat(handled).containsExactly("first");
        assertThat(journal).containsExactlyInAnyOrder("database begun", "first not appended", "refused not appended",
                "database rolled back");
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    /** Axon Server failing the append as it commits: nothing of the batch reaches the database. */
    @Test
    void anAppendLostAtCommitRollsTheDatabaseBack() {
        assertThatThrownBy(() -> batches.allOrNone("secretary-1", batch -> {
            batch.send("first");
            batch.send("lost");
        })).hasMessageContaining("append lost");

        assertThat(journal).doesNotContain("database committed").contains("database rolled back");
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    /** Only the domain's refusal is a row's outcome; anything else stops the work, to be taken up again. */
    @Test
    void aRefusalIsTellableFromAServiceOutOfReach() {
        ConflictException taken = new ConflictException("email_taken", "adresse déjà utilisée");
        assertThat(CommandBatches.refusal(taken)).containsSame(taken);
        assertThat(CommandBatches.refusal(new CommandExecutionException("refusée", taken))).containsSame(taken);
        assertThat(CommandBatches.refusal(new IllegalStateException("UNAVAILABLE: io exception"))).isEmpty();
        assertThat(CommandBatches.refusal(new CommandExecutionException("UNAVAILABLE", new IllegalStateException()))).isEmpty();
    }
}
