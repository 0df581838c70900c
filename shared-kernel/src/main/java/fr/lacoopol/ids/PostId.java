package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a post (PST-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record PostId(String value) {

    public PostId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("post id is blank");
    }

    @JsonCreator
    public static PostId of(String value) {
        return new PostId(value);
    }

    public static PostId random() {
        return new PostId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
