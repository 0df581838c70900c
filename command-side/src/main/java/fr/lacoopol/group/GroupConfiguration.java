package fr.lacoopol.group;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A group of thousands gathers one event per member: after 100 events, a snapshot spares replaying them all. */
@Configuration
class GroupConfiguration {

    @Bean
    SnapshotTriggerDefinition groupSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
