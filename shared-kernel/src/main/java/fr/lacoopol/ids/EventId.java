package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of an event or mission of the agenda (EVT-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record EventId(String value) {

    public EventId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("event id is blank");
    }

    @JsonCreator
    public static EventId of(String value) {
        return new EventId(value);
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
