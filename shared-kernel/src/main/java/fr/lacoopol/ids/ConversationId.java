package fr.lacoopol.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a conversation (MSG-1); {@code toString()} is the raw value, which Axon uses as the aggregate id. */
public record ConversationId(String value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("conversation id is blank");
    }

    @JsonCreator
    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
