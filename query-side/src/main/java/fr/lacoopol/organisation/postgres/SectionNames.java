package fr.lacoopol.organisation.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Section names for a page of hits, from memory: a directory search otherwise asks PostgreSQL for the names of its
 * hits' sections each time (11% of a search's time at 100,000 members). Sections are a few thousand rows at most and
 * are renamed rarely: the whole table is read again once the copy is {@link #FRESH_FOR} old, or when a section is
 * missing from it (a new one; at most once a second), so a renamed section shows its old name for that long at most.
 */
@Component
public class SectionNames {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final Duration MISSING_RETRY = Duration.ofSeconds(1);

    private record Copy(Map<String, String> names, long readAt) {
    }

    private final DSLContext db;
    private volatile Copy copy;

    public SectionNames(DSLContext db) {
        this.db = db;
    }

    /** The names of those sections that exist, by id. */
    public Map<String, String> of(Collection<String> sectionIds) {
        Copy current = copy;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > FRESH_FOR.toNanos()
                || !current.names().keySet().containsAll(sectionIds) && now - current.readAt() > MISSING_RETRY.toNanos()) {
            current = new Copy(db.select(SECTION.SECTION_ID, SECTION.NAME).from(SECTION)
                    .fetchMap(SECTION.SECTION_ID, SECTION.NAME), now);
            copy = current;
        }
        return current.names();
    }
}
