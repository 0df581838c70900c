package fr.lacoopol.conversation;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A conversation sent to a whole section gathers one event per recipient who reads or deletes it: after 100
 * events, a snapshot spares the next command from replaying them.
 */
@Configuration
class ConversationConfiguration {

    @Bean
    SnapshotTriggerDefinition conversationSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
