package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a member; {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record MemberId(String value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("member id is blank");
    }

    @JsonCreator
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
