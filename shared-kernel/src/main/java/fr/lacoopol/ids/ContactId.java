package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a contact outside la coopol (CON-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record ContactId(String value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("contact id is blank");
    }

    @JsonCreator
    public static ContactId of(String value) {
        return new ContactId(value);
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
