package fr.lacoopol.agenda;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event invited to a whole section gathers one answer per invitee: after 100 events, a snapshot spares the next
 * answer from replaying them all.
 */
@Configuration
class AgendaConfiguration {

    /**
     * An event a whole section answers at once is one aggregate every answer waits for: kept in memory between
     * commands, it is not read back from the store each time. A copy another instance made stale is caught at its
     * next append (the sequence number is taken): the command fails (409, concurrent_change), the copy is dropped,
     * and the next command reads the aggregate from the store.
     */
    @Bean
    Cache eventCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SnapshotTriggerDefinition eventSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
