package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a geographic zone of a section (LST-2); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record ZoneId(String value) {

    public ZoneId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("zone id is blank");
    }

    @JsonCreator
    public static ZoneId of(String value) {
        return new ZoneId(value);
    }

    public static ZoneId random() {
        return new ZoneId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
