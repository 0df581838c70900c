package fr.lacoopol.organisation.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.readmodel.ReadModelTests;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Section names from memory: a section created after the copy was read is found within a second or so. */
class SectionNamesTest {

    private final DSLContext db = ReadModelTests.db();
    private final SectionNames names = new SectionNames(db);
    private final String first = "names-" + UUID.randomUUID();
    private final String later = "names-" + UUID.randomUUID();

    @Test
    void aSectionCreatedAfterTheCopyWasReadIsFoundSoonAfter() throws InterruptedException {
        insert(first, "Section d'abord");
        assertThat(names.of(List.of(first))).containsEntry(first, "Section d'abord");

        insert(later, "Section ensuite");
        long deadline = System.nanoTime() + 3_000_000_000L;
        Map<String, String> found = names.of(List.of(first, later));
        while (!found.containsKey(later) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = names.of(List.of(first, later));
        }
        assertThat(found).containsEntry(first, "Section d'abord").containsEntry(later, "Section ensuite");
    }

    @AfterEach
    void removeTheSections() {
        // Not in the event store: the rows must not outlive the test (replays compare).
        db.deleteFrom(SECTION).where(SECTION.SECTION_ID.in(first, later)).execute();
    }

    private void insert(String id, String name) {
        db.insertInto(SECTION).set(SECTION.SECTION_ID, id).set(SECTION.FEDERATION_ID, "f").set(SECTION.NAME, name).execute();
    }
}
