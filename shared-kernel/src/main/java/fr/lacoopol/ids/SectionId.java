package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a section; {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record SectionId(String value) {

    public SectionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("section id is blank");
    }

    @JsonCreator
    public static SectionId of(String value) {
        return new SectionId(value);
    }

    public static SectionId random() {
        return new SectionId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
