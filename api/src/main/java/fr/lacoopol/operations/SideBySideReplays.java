package fr.lacoopol.operations;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.member.PerMemberSequencing;
import fr.lacoopol.search.SearchIndexes;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.jooq.DSLContext;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.MappedTable;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AUD-3: a PostgreSQL read model rebuilt beside the one in service. The projection's own handlers, in new instances
 * whose jOOQ renders its tables as {@code <table>__replay}, fill copies of its tables from the first event by a
 * processor of their own, while readers keep the old tables. Once the copy has caught up, the live processor stops,
 * the copy catches up with the last events, and one transaction swaps the tables (indexes renamed back) and hands
 * the copy's token to the live processor, which starts again. Readers wait on the swap's lock for its few
 * milliseconds and never see a half-built table; only the projection's handlers run, so nothing is e-mailed.
 *
 * <p>An Elasticsearch projection is rebuilt the same way into a new generation of its index, which then takes the
 * index's name in one step of the search server ({@link SearchIndexes#swapIn}).
 *
 * <p>Only projections whose tables or index are known here: a projection writing a table not listed would write the
 * live table during the replay.
 */
@Component
class SideBySideReplays {

    private static final Logger LOG = LoggerFactory.getLogger(SideBySideReplays.class);
    private static final String SUFFIX = "__replay";
    /** How long a retired generation of a search index stays, for the searches already sent to it. */
    private static final Duration RETIRED_INDEX_GRACE = Duration.ofSeconds(5);
    /** Events a replay handles per transaction: its per-batch costs (the commit, a bulk request) are paid a tenth as often. */
    private static final int REPLAY_BATCH = 1_000;
    /**
     * Threads of a rebuild split per member ({@link PerMemberSequencing}): while one waits on its batch's writes (the
     * database, the search server's bulk request), the other handles its own events.
     */
    private static final int PER_MEMBER_THREADS = 2;

    /** Each replayable projection and every table its handlers write (the same as ProjectionReplayTest checks). */
    static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry("member-profiles", List.of("member_profile")),
            Map.entry("organisation", List.of("federation", "section", "section_bureau", "section_secretary")),
            Map.entry("section-lists", List.of("member_list", "list_member")),
            Map.entry("join-requests", List.of("join_request")),
            Map.entry("imports", List.of("member_import", "import_row_outcome", "import_undo_outcome")),
            Map.entry("contacts", List.of("contact")),
            Map.entry("coopains", List.of("coopain", "coopain_request")),
            Map.entry("conversations", List.of("conversation", "conversation_participant", "conversation_message")),
            Map.entry("groups", List.of("member_group", "group_member")),
            Map.entry("posts", List.of("post")),
            Map.entry("activity", List.of("activity")));

    /** Each replayable Elasticsearch projection and the index its handlers write. */
    static final Map<String, String> INDICES = Map.of(
            "member-directory-v1", SearchIndexes.MEMBERS,
            "event-directory-v2", SearchIndexes.EVENTS,
            "post-directory-v1", SearchIndexes.POSTS);

    /** A replay's progress: positions in the event store; {@code state} RUNNING, SWAPPING, DONE or FAILED. */
    record Replay(String name, Instant startedAt, String state, Long position, Long head, Instant finishedAt,
                  String error) {
    }

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final DSLContext db;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SearchIndexes indexes;
    private final MessageHandlerInterceptor<EventMessage<?>> memberKeysReadAhead;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();

    SideBySideReplays(ApplicationContext context, EventProcessingConfiguration processing, EventStore eventStore,
                      TokenStore tokenStore, TransactionManager transactions, DSLContext db, JdbcTemplate jdbc,
                      TransactionTemplate transaction, SearchIndexes indexes,
                      @Qualifier("memberKeysReadAhead") MessageHandlerInterceptor<EventMessage<?>> memberKeysReadAhead) {
        this.context = context;
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.db = db;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.indexes = indexes;
        this.memberKeysReadAhead = memberKeysReadAhead;
    }

    Replay status(String name) {
        Replay replay = replays.get(name);
        if (replay == null) throw new NotFoundException();
        return replay;
    }

    boolean isReplaying(String name) {
        Replay replay = replays.get(name);
        return replay != null && (replay.state().equals("RUNNING") || replay.state().equals("SWAPPING"));
    }

    synchronized Replay start(String name) {
        if (processing.eventProcessor(name).isEmpty()) throw new NotFoundException();
        String index = INDICES.get(name);
        List<String> tables = TABLES.getOrDefault(name, List.of());
        if (tables.isEmpty() && index == null) {
            throw new ConflictException("not_replayable",
                    "ce processeur n'est pas une projection qui se reconstruit (il envoie des e-mails ou mène un processus)");
        }
        if (isReplaying(name)) throw new ConflictException("replay_running", "une reconstruction est déjà en cours");
        StreamingEventProcessor live = (StreamingEventProcessor) processing.eventProcessor(name)
                .orElseThrow(NotFoundException::new);
        if (live.processingStatus().size() > 1) {
            throw new ConflictException("segmented", "reconstruction côte à côte : un seul segment pris en charge");
        }
        for (String table : tables) {
            jdbc.execute("DROP TABLE IF EXISTS read_model." + table + SUFFIX);
            jdbc.execute("CREATE TABLE read_model." + table + SUFFIX + " (LIKE read_model." + table + " INCLUDING ALL)");
        }
        SearchIndexes generation = index == null ? null : indexes.newGeneration(index);
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", name + SUFFIX);
        int threads = PerMemberSequencing.GROUPS.contains(name) ? PER_MEMBER_THREADS : 1;
        TrackingEventProcessor copy = TrackingEventProcessor.builder()
                .name(name + SUFFIX)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlersWritingCopies(name, tables, generation))
                        .sequencingPolicy(processing.sequencingPolicy(name)).build())
                .messageSource((StreamableMessageSource) eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forParallelProcessing(threads)
                        .andInitialSegmentsCount(threads).andBatchSize(REPLAY_BATCH)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        copy.registerHandlerInterceptor(memberKeysReadAhead);
        Replay replay = new Replay(name, Instant.now(), "RUNNING", null, null, null, null);
        replays.put(name, replay);
        copy.start();
        Thread swapper = new Thread(() -> swapWhenCaughtUp(name, tables, index, generation, live, copy), "replay-" + name);
        swapper.setDaemon(true);
        swapper.start();
        return replay;
    }

    /**
     * New instances of the projection's handler classes, their jOOQ writing the copies or their index the new
     * generation, everything else the same.
     */
    private List<Object> handlersWritingCopies(String name, List<String> tables, SearchIndexes generation) {
        List<MappedTable> mapped = tables.stream()
                .map(table -> new MappedTable().withInput(table).withOutput(table + SUFFIX)).toList();
        // A clone: jOOQ's settings are mutable, and the live context's must keep rendering the live tables.
        DSLContext copies = DSL.using(db.configuration().derive(SettingsTools.clone(db.settings())
                .withRenderMapping(new RenderMapping().withSchemata(new MappedSchema().withInput("read_model")
                        .withTables(mapped)))));
        List<Object> handlers = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            if (group == null || !group.value().equals(name)) continue;
            handlers.add(instantiate(type, copies, generation));
        }
        if (handlers.isEmpty()) throw new NotFoundException();
        return handlers;
    }

    private Object instantiate(Class<?> type, DSLContext copies, SearchIndexes generation) {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] parameters = constructor.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = parameters[i] == DSLContext.class ? copies
                    : parameters[i] == SearchIndexes.class && generation != null ? generation
                    : context.getBean(parameters[i]);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a copy of " + type.getSimpleName(), e);
        }
    }

    private void swapWhenCaughtUp(String name, List<String> tables, String index, SearchIndexes generation,
                                  StreamingEventProcessor live, TrackingEventProcessor copy) {
        boolean swappedIn = false;
        List<String> retired = List.of();
        try {
            long head = awaitCaughtUp(name, copy, Long.MAX_VALUE);
            replays.computeIfPresent(name, (key, r) -> new Replay(name, r.startedAt(), "SWAPPING", r.position(), r.head(),
                    null, null));
            live.shutDown();
            awaitCaughtUp(name, copy, head(eventStore).orElse(head));
            copy.shutDown();
            // Should the tokens' handover then fail, the live processor redoes the last events on the new
            // generation: its updates are idempotent.
            if (generation != null) {
                retired = indexes.swapIn(index, generation);
                swappedIn = true;
            }
            transaction.executeWithoutResult(status -> swap(name, tables));
            live.start();
            if (!retired.isEmpty()) {
                Thread.sleep(RETIRED_INDEX_GRACE.toMillis()); // searches sent to the old generation finish first
                indexes.delete(retired);
            }
            replays.computeIfPresent(name, (key, r) -> new Replay(name, r.startedAt(), "DONE", r.position(), r.head(),
                    Instant.now(), null));
            LOG.info("projection {} rebuilt beside the live one and swapped in", name);
        } catch (RuntimeException | InterruptedException e) {
            LOG.error("replay of {} failed; the live read model is untouched", name, e);
            copy.shutDown();
            if (generation != null && !swappedIn) dropQuietly(index, generation);
            if (!retired.isEmpty()) dropQuietly(index, retired);
            if (!live.isRunning()) live.start();
            replays.computeIfPresent(name, (key, r) -> new Replay(name, r.startedAt(), "FAILED", r.position(), r.head(),
                    Instant.now(), e.toString()));
        }
    }

    private void dropQuietly(String index, SearchIndexes generation) {
        dropQuietly(index, List.of(generation.name(index)));
    }

    private void dropQuietly(String index, List<String> generations) {
        try {
            indexes.delete(generations);
        } catch (RuntimeException e) {
            LOG.warn("generations {} of {} are left behind", generations, index, e);
        }
    }

    /** Waits until the copy's position reaches {@code target} (or, with MAX_VALUE, the head it sees); returns it. */
    private long awaitCaughtUp(String name, TrackingEventProcessor copy, long target) throws InterruptedException {
        while (true) {
            long head = head(eventStore).orElse(0);
            long position = copy.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(-1L)).min().orElse(-1L);
            replays.computeIfPresent(name, (key, r) -> new Replay(name, r.startedAt(), r.state(), position, head, null,
                    null));
            long wanted = target == Long.MAX_VALUE ? head : target;
            if (position >= wanted) return wanted;
            if (copy.isError()) throw new IllegalStateException("the copy's processor stopped on an error");
            Thread.sleep(100);
        }
    }

    /** In the swap's transaction: the copies take the tables' names (and indexes'), the copy's token the live one's. */
    private void swap(String name, List<String> tables) {
        for (String table : tables) {
            List<Map<String, Object>> oldIndexes = jdbc.queryForList(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'read_model' AND tablename = ?", table);
            jdbc.execute("DROP TABLE read_model." + table);
            jdbc.execute("ALTER TABLE read_model." + table + SUFFIX + " RENAME TO " + table);
            for (Map<String, Object> index : jdbc.queryForList(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'read_model' AND tablename = ?", table)) {
                String shape = shape((String) index.get("indexdef"), (String) index.get("indexname"));
                oldIndexes.stream().filter(old -> shape((String) old.get("indexdef"), (String) old.get("indexname"))
                                .equals(shape)).findFirst()
                        .ifPresent(old -> jdbc.execute("ALTER INDEX read_model." + index.get("indexname") + " RENAME TO "
                                + old.get("indexname")));
            }
        }
        handOverToken(name);
    }

    /**
     * The live processor continues from where the copy's least advanced thread stopped: each thread stops a little past
     * the head it reached, and the events after the lowest were handled for some members only. The others' members get
     * those events again, which changes nothing (the projections' writes are guarded or idempotent).
     */
    private void handOverToken(String name) {
        String copy = name + SUFFIX;
        int[] segments = tokenStore.fetchSegments(copy);
        TrackingToken lowest = tokenStore.fetchToken(copy, segments[0]);
        for (int i = 1; i < segments.length; i++) {
            TrackingToken token = tokenStore.fetchToken(copy, segments[i]);
            lowest = lowest == null || token == null ? null : lowest.lowerBound(token); // none: from the first event
        }
        tokenStore.storeToken(lowest, name, 0);
        tokenStore.releaseClaim(name, 0);
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", copy);
    }

    /** An index's definition without its own name: what pairs an index of the copy with the one it replaces. */
    private static String shape(String definition, String indexName) {
        return definition.replace(indexName, "").replace(SUFFIX, "");
    }

    private static OptionalLong head(EventStore store) {
        var token = store.createHeadToken();
        return token == null ? OptionalLong.empty() : token.position();
    }
}
