package fr.lacoopol.readmodel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How read models store what events carry, and give it back: instants in UTC, stored files as their URL. */
public final class ReadModelValues {

    /** Files (avatars) are served by the API from the content-addressed store. */
    private static final String FILES_PATH = "/api/files/";

    private ReadModelValues() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The URL of a stored file, from its hash; null for none. */
    public static String fileUrl(String sha256) {
        return sha256 == null ? null : FILES_PATH + sha256;
    }
}
