package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a federation; {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record FederationId(String value) {

    public FederationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("federation id is blank");
    }

    @JsonCreator
    public static FederationId of(String value) {
        return new FederationId(value);
    }

    public static FederationId random() {
        return new FederationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
