package fr.lacoopol.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.e2e.ApiTestSupport;
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

        assertThat(post("/api/admin/projections/member-directory-v1/replay", admin, Map.of()).status())
                .as("an Elasticsearch projection: a new index version instead").isEqualTo(409);
        assertThat(post("/api/admin/projections/member-profiles/replay", section.secretary(), Map.of()).status())
                .isEqualTo(403);
        assertThat(post("/api/admin/projections/no-such-projection/replay", admin, Map.of()).status()).isEqualTo(404);
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
