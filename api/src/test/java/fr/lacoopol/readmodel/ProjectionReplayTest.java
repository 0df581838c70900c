package fr.lacoopol.readmodel;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.BeforeAll;
import static fr.lacoopol.readmodel.jooq.Tables.FEDERATION;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.lacoopol.e2e.ApiTestSupport;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rebuilding a read model from the event store gives the read model that was built live.
 *
 * <p>Members erased through their erasure's event are compared like any other: the live rows were emptied as a replay
 * rebuilds them. Members whose key a test destroyed directly, without that event, are left out: their live rows still
 * hold what was readable when they were built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionReplayTest extends ApiTestSupport {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DSLContext db;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    EventStore eventStore;

    /**
     * Every read model has rows to rebuild, whatever ran before: the demo data gives lists, requests, contacts,
     * coopains, conversations and groups; an import and a post of this class's own give the imports and posts.
     */
    @BeforeAll
    void anImportOfItsOwn() {
        TestSection section = newSection("Rejouée", "75106");
        Answer uploaded = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "rejeu.csv",
                ("Prénom;Nom;E-mail\nRita;Rejeu;rita-" + unique() + "@exemple.fr\nSans;Adresse;pas-une-adresse\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String importId = uploaded.text("importId");
        assertThat(post("/api/posts", section.secretary(), Map.of("type", "LINK", "title", "Rejouée", "url",
                "https://www.lacoopol.fr/", "tags", "rejeu")).status()).isEqualTo(201);
        assertThat(put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                Map.of("mapping", uploaded.body().path("mapping"), "membershipType", "MEMBER")).status()).isEqualTo(202);
        await("the import finished", () -> "FINISHED".equals(get("/api/sections/" + section.id() + "/imports/" + importId,
                section.secretary()).text("state")));
    }

    @Test
    void everyReadModelParksWhatItCannotHandleInTheDatabase() {
        for (String name : List.of("member-profiles", "organisation", "member-directory-v1", "section-lists",
                "join-requests", "imports", "contacts", "coopains", "conversations", "groups", "posts", "activity")) {
            assertThat(processing.deadLetterQueue(name)).as(name)
                    .get().isInstanceOf(JdbcSequencedDeadLetterQueue.class);
        }
    }

    @Test
    void rebuildingMemberProfilesGivesTheSameTable() {
        caughtUp("member-profiles");
        List<Map<String, Object>> before = profilesWithKeys();
        assertThat(before).hasSizeGreaterThanOrEqualTo(7);
        rebuild("member-profiles");
        assertThat(profilesWithKeys()).isEqualTo(before);
    }

    @Test
    void rebuildingTheOrganisationGivesTheSameTables() {
        caughtUp("organisation");
        List<Map<String, Object>> federations = db.selectFrom(FEDERATION).orderBy(FEDERATION.FEDERATION_ID).fetchMaps();
        List<Map<String, Object>> sections = db.selectFrom(SECTION).orderBy(SECTION.SECTION_ID).fetchMaps();
        List<Map<String, Object>> secretaries = db.selectFrom(SECTION_SECRETARY)
                .orderBy(SECTION_SECRETARY.SECTION_ID, SECTION_SECRETARY.MEMBER_ID).fetchMaps();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(2);
        rebuild("organisation");
        assertThat(db.selectFrom(FEDERATION).orderBy(FEDERATION.FEDERATION_ID).fetchMaps()).isEqualTo(federations);
        assertThat(db.selectFrom(SECTION).orderBy(SECTION.SECTION_ID).fetchMaps()).isEqualTo(sections);
        assertThat(db.selectFrom(SECTION_SECRETARY).orderBy(SECTION_SECRETARY.SECTION_ID, SECTION_SECRETARY.MEMBER_ID)
                .fetchMaps()).isEqualTo(secretaries);
    }

    @Test
    void rebuildingTheMemberDirectoryGivesTheSameDocuments() throws IOException {
        caughtUp("member-directory-v1");
        List<Map> before = documents();
        assertThat(before).hasSizeGreaterThanOrEqualTo(7);
        rebuild("member-directory-v1");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void rebuildingListsRequestsImportsContactsCoopainsConversationsGroupsAndPostsGivesTheSameTables() {
        Map<String, List<String>> tables = Map.of(
                "section-lists", List.of("member_list", "list_member"),
                "join-requests", List.of("join_request"),
                "imports", List.of("member_import", "import_row_outcome", "import_undo_outcome"),
                "contacts", List.of("contact"),
                "coopains", List.of("coopain", "coopain_request"),
                "conversations", List.of("conversation", "conversation_participant", "conversation_message"),
                "groups", List.of("member_group", "group_member"),
                "posts", List.of("post"),
                "activity", List.of("activity"));
        tables.forEach((processor, names) -> {
            caughtUp(processor);
            Map<String, List<Map<String, Object>>> before = new java.util.HashMap<>();
            for (String table : names) before.put(table, rows(table));
            assertThat(before.get(names.get(0))).as(processor).isNotEmpty();
            rebuild(processor);
            for (String table : names) assertThat(rows(table)).as(table).isEqualTo(before.get(table));
        });
    }

    /** A table's rows in a stable order, arrays as lists (arrays compare by identity). */
    private List<Map<String, Object>> rows(String table) {
        List<Map<String, Object>> rows = db.fetch("SELECT * FROM read_model." + table + " ORDER BY 1, 2").intoMaps();
        rows.forEach(row -> row.replaceAll((column, value) -> value instanceof Object[] array ? List.of(array) : value));
        return rows;
    }

    private List<Map<String, Object>> profilesWithKeys() {
        return db.selectFrom(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.MEMBER_ID.notIn(shreddedMembers()))
                .orderBy(MEMBER_PROFILE.MEMBER_ID).fetchMaps();
    }

    private List<Map> documents() throws IOException {
        String index = indexes.name(SearchIndexes.MEMBERS);
        elasticsearch.indices().refresh(r -> r.index(index));
        List<String> shredded = shreddedMembers();
        return elasticsearch.search(s -> s.index(index).size(10_000)
                        .sort(o -> o.field(f -> f.field("memberId").order(SortOrder.Asc))), Map.class)
                .hits().hits().stream().map(Hit::source)
                .filter(source -> !shredded.contains((String) source.get("memberId"))).toList();
    }

    /** Members whose key is gone without an erasure's event. */
    private List<String> shreddedMembers() {
        return db.fetch("SELECT member_id FROM read_model.member_profile p WHERE p.account_state <> 'ERASED' AND NOT EXISTS"
                        + " (SELECT 1 FROM public.member_key k WHERE k.member_id = p.member_id AND k.aes_key IS NOT NULL)")
                .getValues(0, String.class);
    }

    private void rebuild(String name) {
        TrackingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        caughtUp(name);
    }

    private void caughtUp(String name) {
        TrackingEventProcessor processor = processor(name);
        try {
            // "Replaying" only ends when an event newer than the reset arrives; having reached the head is what counts.
            long head = eventStore.createHeadToken().position().orElse(0);
            await(name + " caught up", () -> !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                    .allMatch(s -> s.isCaughtUp() && s.getCurrentPosition().orElse(-1) >= head), 120);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + processor.processingStatus().values().stream()
                    .map(s -> "caughtUp=" + s.isCaughtUp() + " replaying=" + s.isReplaying() + " token=" + s.getTrackingToken()
                            + " error=" + s.getError())
                    .toList(), e);
        }
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }
}
