package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a group (GRP-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record GroupId(String value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("group id is blank");
    }

    @JsonCreator
    public static GroupId of(String value) {
        return new GroupId(value);
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
