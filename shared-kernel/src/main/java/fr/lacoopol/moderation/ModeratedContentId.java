package fr.lacoopol.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identity of one piece of content's moderation (MOD-1): its kind and its id, so that hiding a post and
 * restoring it later meet the same aggregate. {@code toString()} is the raw value, which Axon uses as the
 * aggregate id.
 */
public record ModeratedContentId(String value) {

    public ModeratedContentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("moderated content id is blank");
    }

    @JsonCreator
    public static ModeratedContentId of(String value) {
        return new ModeratedContentId(value);
    }

    public static ModeratedContentId of(ContentKind kind, String contentId) {
        return new ModeratedContentId("moderation:" + kind.name().toLowerCase() + ":" + contentId);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
