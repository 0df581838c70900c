package fr.lacoopol.imports;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An import of 100,000 rows records a thousand batches in its aggregate, each event naming its hundred rows' outcomes:
 * read back whole for every batch, they took a fifth of the import's thread at a million members (the aggregate is
 * also kept in memory between batches, where the memory allows). After 100 events, a snapshot spares that.
 */
@Configuration
class ImportConfiguration {

    @Bean
    SnapshotTriggerDefinition importSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
