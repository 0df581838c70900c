package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a simple list of a section (LST-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record ListId(String value) {

    public ListId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("list id is blank");
    }

    @JsonCreator
    public static ListId of(String value) {
        return new ListId(value);
    }

    public static ListId random() {
        return new ListId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
