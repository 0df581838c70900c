package fr.lacoopol.readmodel;

import fr.lacoopol.member.InvalidValueException;
import java.time.Instant;

/**
 * Where a page of a newest-first feed ends: the last item's time (to the microsecond, as PostgreSQL keeps it) and
 * id, ties broken by id. The next page is what comes strictly before, so a page never repeats or skips an item
 * while new ones arrive.
 */
public record FeedCursor(Instant at, String id) {

    public static FeedCursor parse(String text) {
        if (text == null || text.isBlank()) return null;
        int separator = text.indexOf('_');
        if (separator < 0) throw unknown();
        try {
            return new FeedCursor(Instant.ofEpochSecond(0, Long.parseLong(text.substring(0, separator)) * 1_000),
                    text.substring(separator + 1));
        } catch (NumberFormatException e) {
            throw unknown();
        }
    }

    @Override
    public String toString() {
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + id;
    }

    private static InvalidValueException unknown() {
        return new InvalidValueException("before", "curseur inconnu : reprends le « next » de la page précédente");
    }
}
