package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of the bond between two members (NET): one per pair, whoever asked first, so that asking
 * twice, or asking back, meets the same aggregate. It is also the id of the pending coopain request.
 * {@code toString()} is the raw value, which Axon uses as the aggregate id.
 */
public record CoopainshipId(String value) {

    public CoopainshipId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("coopainship id is blank");
    }

    @JsonCreator
    public static CoopainshipId of(String value) {
        return new CoopainshipId(value);
    }

    /** The same id for (a, b) and (b, a). */
    public static CoopainshipId between(MemberId a, MemberId b) {
        String first = a.value().compareTo(b.value()) <= 0 ? a.value() : b.value();
        String second = first.equals(a.value()) ? b.value() : a.value();
        return new CoopainshipId(UUID.nameUUIDFromBytes(("coopains:" + first + "|" + second)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
