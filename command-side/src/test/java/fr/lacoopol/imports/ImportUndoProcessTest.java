package fr.lacoopol.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.event.ImportUndoStartedEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the undoing reads from an import's events: the rows to undo, and a refusal when they disagree with its count. */
class ImportUndoProcessTest {

    private static final SectionId SECTION = new SectionId("s-1");

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ImportUndoProcess process = new ImportUndoProcess(null, events, null, null, null);

    @AfterEach
    void stop() {
        process.stop();
        events.shutDown();
    }

    @Test
    void theRowsImportedOrMergedAreTheRowsToUndo() {
        ImportId id = recorded("i-1", 2);
        assertThat(process.jobOf(id)).hasValueSatisfying(job -> {
            assertThat(job.rows()).extracting(RowOutcome::recordId).containsExactly("m-1", "m-2");
            assertThat(job.created()).containsExactly("m-1");
            assertThat(job.rowsDone()).isZero();
        });
    }

    /** Fewer rows than counted would end the work short of the import's ImportUndoneEvent: it would stay UNDOING. */
    @Test
    void eventsNamingOtherRowsThanTheUndoingCountsStopTheWorkLoudly() {
        ImportId id = recorded("i-2", 3);
        assertThatThrownBy(() -> process.jobOf(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name 2 rows to undo, its undoing 3");
    }

    private ImportId recorded(String importId, int rowsToUndo) {
        ImportId id = new ImportId(importId);
        List<RowOutcome> outcomes = List.of(RowOutcome.imported(2, "m-1"), RowOutcome.rejected(3, "prénom manquant"),
                RowOutcome.merged(4, "m-2"));
        events.publish(
                new GenericDomainEventMessage<>("ImportAggregate", importId, 0,
                        new ImportedRowsRecordedEvent(id, SECTION, 0, 3, outcomes)),
                new GenericDomainEventMessage<>("ImportAggregate", importId, 1,
                        new ImportUndoStartedEvent(id, SECTION, rowsToUndo)));
        return id;
    }
}
