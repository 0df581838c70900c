package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a join request (pre-registration, or a member asking to join a section); {@code toString()} is the
 * raw value, which Axon uses as the aggregate id.
 */
public record JoinRequestId(String value) {

    public JoinRequestId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("join request id is blank");
    }

    @JsonCreator
    public static JoinRequestId of(String value) {
        return new JoinRequestId(value);
    }

    public static JoinRequestId random() {
        return new JoinRequestId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
