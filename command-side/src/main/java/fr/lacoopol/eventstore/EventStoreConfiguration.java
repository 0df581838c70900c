package fr.lacoopol.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The event store, whichever mode runs it. The serializer (and so the per-member encryption) is the same in
 * both; only the storage engine differs: Axon Server when {@code axon.axonserver.enabled=true}, otherwise
 * Axon's JDBC engine on PostgreSQL with serialised appends.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    static final int RECENT_EVENTS_KEPT = 1_000;
    /** Members held by the command side's cache: a few kilobytes each. */
    static final int AGGREGATES_KEPT = 10_000;
    /** How often at most the processors' shared reader reads new events ({@link PacedHeadReads}). */
    static final Duration HEAD_READ_INTERVAL = Duration.ofMillis(10);
    /** PostgreSQL's SQL state for a unique constraint refused. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Events a processor reads per query (100 by default): a replay reads the whole store. */
    private static final int READ_BATCH = 1_000;

    /**
     * The command side's tables (Axon's, keys, access lookups), migrated before anything uses them. The schema
     * is shared with the API's tables, each set with a history of its own, migrated in whatever order Spring
     * starts them: a set that finds the schema already in use baselines at 0, so its V1 still runs.
     */
    @Bean(initMethod = "migrate")
    Flyway commandSchemaMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/command")
                .table("flyway_command_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Bean(destroyMethod = "close")
    @DependsOn("commandSchemaMigration")
    MemberKeys memberKeys(DataSourceProperties database) {
        return MemberKeys.onOwnPool(database);
    }

    /**
     * An event processor's batch reads the keys of its events' members ahead, in one query ({@link MemberKeys#holdForBatch}),
     * before its first event is handled. Registered for every processor below; a processor built apart (a replay's) adds
     * it itself.
     */
    @Bean
    MessageHandlerInterceptor<EventMessage<?>> memberKeysReadAhead(MemberKeys keys) {
        return (unitOfWork, chain) -> {
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
                keys.holdForBatch(batch, batch.getMessages().stream()
                        .filter(DomainEventMessage.class::isInstance)
                        .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                        .toList());
            }
            return chain.proceed();
        };
    }

    @Bean
    ConfigurerModule memberKeysReadAheadForEveryProcessor(MessageHandlerInterceptor<EventMessage<?>> memberKeysReadAhead) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (configuration, processorName) -> memberKeysReadAhead));
    }

    /**
     * Members kept in memory between commands, so a command does not re-read and decrypt the whole history: the
     * {@value #AGGREGATES_KEPT} used last ({@link RecentAggregates}). Axon evicts an aggregate whose command failed.
     * With several instances, Axon Server routes an aggregate's commands to one instance, so a cached aggregate
     * stays current.
     */
    @Bean
    Cache aggregateCache() {
        return new RecentAggregates(AGGREGATES_KEPT);
    }

    /** Plain, readable JSON for every message; ISO-8601 dates. */
    static ObjectMapper messageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(MemberKeys keys) {
        JacksonSerializer jackson = JacksonSerializer.builder().objectMapper(messageObjectMapper())
                .revisionResolver(new EventRevisions()).build();
        return new PersonalDataSerializer(jackson, keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @DependsOn("commandSchemaMigration")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration,
                                          @Value("${coopol.event-store.gap-timeout-ms:60000}") int gapTimeout) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                // Snapshots would hold an aggregate's personal data: they go through the same encryption.
                .snapshotSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(EventStoreConfiguration::isDuplicateKey)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .appendEvents(SerializedAppends.statementBuilder())
                .gapTimeout(gapTimeout)
                .batchSize(READ_BATCH)
                .build();
    }

    /**
     * Whether an append failed on an event already stored at the same aggregate and sequence number (PostgreSQL's
     * unique_violation, reported by the driver in the batch's next exception): Axon then reports a concurrent change
     * of the aggregate, which the command gateway sends again, rather than a failure of the store. It happens when
     * another instance changed an aggregate this one holds in memory. Axon's JDBC resolver looks for JPA's exception
     * only, and would let it answer 500.
     */
    static boolean isDuplicateKey(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) return true;
            }
        }
        return false;
    }

    /**
     * Axon's own event store on that engine, as Axon would build it, except for its threads: the ones that read
     * new events for the tracking processors are background work and run at the lowest priority, so that they
     * yield the processor to requests (see the README, "Operations"), and the number of recent events it keeps
     * in memory for them: {@value #RECENT_EVENTS_KEPT} instead of Axon's 10,000 (every cached event otherwise lives
     * through many young collections, which copy it each time), and the pace of their reads: at most one per
     * {@link #HEAD_READ_INTERVAL}, so that under a stream of commands each wakes the processors for several events
     * ({@link PacedHeadReads}). The processors follow the store within milliseconds; a processor further behind
     * reads the store itself.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        ThreadGroup headReaders = new ThreadGroup("EmbeddedEventStore");
        return EmbeddedEventStore.builder()
                .storageEngine(new PacedHeadReads(storageEngine, headReaders, HEAD_READ_INTERVAL))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .threadFactory(new AxonThreadFactory(Thread.MIN_PRIORITY, headReaders))
                .cachedEvents(RECENT_EVENTS_KEPT)
                .build();
    }

    /**
     * Axon Server's event store, as Axon's auto-configuration builds it, except for snapshots: Axon gives them the
     * general serializer, which does not encrypt; they hold an aggregate's personal data, so they go through the
     * event serializer, as in the JDBC mode.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    AxonServerEventStore axonServerEventStore(AxonServerConfiguration axonServer, AxonServerConnectionManager connections,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              org.axonframework.config.Configuration configuration) {
        return AxonServerEventStore.builder()
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .configuration(axonServer)
                .platformConnectionManager(connections)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .upcasterChain(configuration.upcasterChain())
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }
}
