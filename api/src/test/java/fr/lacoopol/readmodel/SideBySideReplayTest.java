package fr.lacoopol.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.e2e.ApiTestSupport;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * AUD-3 through the API: an administrator rebuilds a read model beside the one in service. Readers never see it
 * half-built, nothing is e-mailed, the result equals what was built live, and the projection then goes on.
 */
class SideBySideReplayTest extends ApiTestSupport {

    @Autowired
    DSLContext db;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    SearchIndexes indexes;

    @Test
    void aReadModelIsRebuiltBesideTheOneInServiceAndSwappedInWhole() {
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        TestSection section = newSection("Section Reconstruite " + unique(), "75129");
        TestMember member = newMember(section, "Romane", "Rejouée");
        await("every projection caught up", () -> get("/api/admin/projections", admin).body()
                .findValues("lag").stream().allMatch(lag -> lag.asLong() == 0) ? true : null);
        List<Map<String, Object>> before = profiles();
        List<String> indexesBefore = indexes();
        long mailsBefore = count("SELECT count(*) FROM mail_outbox");

        Answer started = post("/api/admin/projections/member-profiles/replay", admin, Map.of());
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        assertThat(post("/api/admin/projections/member-profiles/replay", admin, Map.of()).status())
                .as("one at a time").isIn(202, 409);

        // While it runs, readers keep the whole table: never fewer rows, a profile always found.
        List<Long> counts = new ArrayList<>();
        JsonNode done = await("the replay swapped in", () -> {
            counts.add(count("SELECT count(*) FROM read_model.member_profile"));
            assertThat(get("/api/members/" + member.id(), section.secretary()).status()).isEqualTo(200);
            JsonNode status = get("/api/admin/projections/member-profiles/replay", admin).body();
            assertThat(status.path("state").asText()).isNotEqualTo("FAILED");
            return "DONE".equals(status.path("state").asText()) ? status : null;
        }, 120);
        assertThat(counts).allMatch(n -> n >= before.size());
        assertThat(done.path("position").asLong()).isGreaterThanOrEqualTo(0);

        assertThat(profiles()).isEqualTo(before);
        assertThat(indexes()).as("the indexes keep their names").isEqualTo(indexesBefore);
        assertThat(count("SELECT count(*) FROM mail_outbox")).as("nothing e-mailed").isEqualTo(mailsBefore);
        assertThat(count("SELECT count(*) FROM tokenentry WHERE processorname LIKE '%__replay'")).isZero();

        // The projection goes on from where the copy stopped.
        assertThat(put("/api/me/status", member.token(), Map.of("text", "Après la reconstruction")).status())
                .isEqualTo(202);
        await("the status projected after the swap", () -> "Après la reconstruction".equals(
                get("/api/members/" + member.id(), section.secretary()).body().at("/status/text").asText()) ? true : null);

        assertThat(post("/api/admin/projections/mail-notifications/replay", admin, Map.of()).status())
                .as("not a projection: it sends e-mails").isEqualTo(409);
        assertThat(post("/api/admin/projections/member-profiles/replay", section.secretary(), Map.of()).status())
                .isEqualTo(403);
        assertThat(post("/api/admin/projections/no-such-projection/replay", admin, Map.of()).status()).isEqualTo(404);
    }

    /**
     * An Elasticsearch projection is rebuilt into a new generation of its index, which takes the index's name: the
     * directory finds everyone throughout, the documents are the same, and the projection goes on into it. Twice: the
     * second time the name is already an alias, and the first generation goes.
     */
    @Test
    void theDirectoryIsRebuiltIntoANewGenerationOfItsIndexAndSwappedInWhole() throws IOException {
        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        TestSection section = newSection("Section Réindexée " + unique(), "75130");
        String lastName = "Réindexée" + unique();
        TestMember member = newMember(section, "Iris", lastName);
        String name = indexes.name(SearchIndexes.MEMBERS);
        List<String> generations = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            await("every projection caught up", () -> get("/api/admin/projections", admin).body()
                    .findValues("lag").stream().allMatch(lag -> lag.asLong() == 0) ? true : null);
            List<Map> before = documents(name);
            long mailsBefore = count("SELECT count(*) FROM mail_outbox");
            Answer started = post("/api/admin/projections/member-directory-v1/replay", admin, Map.of());
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            await("the directory swapped in", () -> {
                assertThat(get("/api/members?q=" + lastName.substring(0, 8), member.token()).raw()).contains(member.id());
                JsonNode status = get("/api/admin/projections/member-directory-v1/replay", admin).body();
                assertThat(status.path("state").asText()).isNotEqualTo("FAILED");
                return "DONE".equals(status.path("state").asText()) ? status : null;
            }, 120);
            Map<String, ?> aliased = elasticsearch.indices().get(g -> g.index(name)).result();
            assertThat(aliased).as("the name stands for one new generation").hasSize(1);
            String generation = aliased.keySet().iterator().next();
            assertThat(generation).startsWith(name + "-").isNotIn(generations);
            generations.add(generation);
            String served = generation;
            assertThat(elasticsearch.indices().getSettings(g -> g.index(served)).get(served).settings().index()
                    .refreshInterval().time()).as("filled without refreshes, refreshed again once in service").isEqualTo("500ms");
            assertThat(documents(name)).isEqualTo(before);
            assertThat(count("SELECT count(*) FROM mail_outbox")).as("nothing e-mailed").isEqualTo(mailsBefore);
        }
        assertThat(elasticsearch.indices().exists(e -> e.index(generations.get(0))).value()).as("the first generation went")
                .isFalse();

        // The projection goes on, through the name, into the generation in service.
        String renamed = "Renommée" + unique();
        assertThat(put("/api/me/connection", member.token(), Map.of("firstName", "Iris", "lastName", renamed,
                "email", member.email())).status())
                .isEqualTo(202);
        await("the new name found", () -> get("/api/members?q=" + renamed.substring(0, 8), member.token()).raw()
                .contains(member.id()) ? true : null);
    }

    /** The documents under a name, minus members whose key a test destroyed without an erasure. */
    private List<Map> documents(String name) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(name));
        List<String> shredded = db.fetch("SELECT member_id FROM read_model.member_profile p WHERE p.account_state <> 'ERASED'"
                + " AND NOT EXISTS (SELECT 1 FROM public.member_key k WHERE k.member_id = p.member_id AND k.aes_key IS NOT NULL)")
                .getValues(0, String.class);
        return elasticsearch.search(s -> s.index(name).size(10_000)
                        .sort(o -> o.field(f -> f.field("memberId").order(SortOrder.Asc))), Map.class)
                .hits().hits().stream().map(Hit::source)
                .filter(source -> !shredded.contains((String) source.get("memberId"))).toList();
    }

    /** The live rows, minus members whose key a test destroyed without an erasure (a replay reads them erased). */
    private List<Map<String, Object>> profiles() {
        return db.fetch("SELECT * FROM read_model.member_profile p WHERE p.account_state = 'ERASED' OR EXISTS"
                + " (SELECT 1 FROM public.member_key k WHERE k.member_id = p.member_id AND k.aes_key IS NOT NULL)"
                + " OR NOT EXISTS (SELECT 1 FROM public.member_key k WHERE k.member_id = p.member_id)"
                + " ORDER BY member_id").intoMaps();
    }

    private List<String> indexes() {
        return db.fetch("SELECT indexname FROM pg_indexes WHERE schemaname = 'read_model' AND tablename = 'member_profile'"
                + " ORDER BY 1").getValues(0, String.class);
    }

    private long count(String sql) {
        return db.fetchOne(sql).get(0, Long.class);
    }
}
