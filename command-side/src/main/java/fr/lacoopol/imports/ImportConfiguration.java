package fr.lacoopol.imports;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An import records each batch of rows in its aggregate, the event naming every row's outcome: read back whole for
 * every batch, they took a fifth of the import's thread at a million members (the aggregate is also kept in memory
 * between batches, where the memory allows). A snapshot every {@code coopol.imports.snapshot-every} events (100)
 * spares that. The import's processes read the events themselves, from the first (ImportProcess, ImportUndoProcess).
 */
@Configuration
class ImportConfiguration {

    @Bean
    SnapshotTriggerDefinition importSnapshots(Snapshotter snapshotter,
                                              @Value("${coopol.imports.snapshot-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
