package fr.lacoopol.agenda;

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

    @Bean
    SnapshotTriggerDefinition eventSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
