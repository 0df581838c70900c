package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a file import (INV-4, CON-2); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record ImportId(String value) {

    public ImportId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("import id is blank");
    }

    @JsonCreator
    public static ImportId of(String value) {
        return new ImportId(value);
    }

    public static ImportId random() {
        return new ImportId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
