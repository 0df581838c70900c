package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Axon Server cannot run in the tests: this builds the Axon Server event store as the application configures it
 * (no connection is opened until it is used) and checks what its snapshots go through.
 */
class AxonServerSnapshotsTest {

    @Test
    void snapshotsAreEncryptedAsEventsAre() throws Exception {
        Serializer eventSerializer = new EventStoreConfiguration().eventSerializer(new MemberKeys(null));
        AxonServerConfiguration axonServer = AxonServerConfiguration.builder().build();
        Configuration axon = DefaultConfigurer.defaultConfiguration().buildConfiguration();
        AxonServerEventStore store = new EventStoreConfiguration().axonServerEventStore(axonServer,
                AxonServerConnectionManager.builder().axonServerConfiguration(axonServer).build(), eventSerializer, axon);

        Method storageEngine = AbstractEventStore.class.getDeclaredMethod("storageEngine");
        storageEngine.setAccessible(true);
        AbstractEventStorageEngine engine = (AbstractEventStorageEngine) storageEngine.invoke(store);

        // Axon wraps both in its gRPC metadata adapter; what matters is what it delegates to.
        assertThat(engine.getSnapshotSerializer()).extracting("delegate").isSameAs(eventSerializer);
        assertThat(engine.getEventSerializer()).extracting("delegate").isSameAs(eventSerializer);
        assertThat(eventSerializer).isInstanceOf(PersonalDataSerializer.class);
    }
}
