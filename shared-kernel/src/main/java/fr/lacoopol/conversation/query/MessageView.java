package fr.lacoopol.conversation.query;

import java.time.Instant;

/** One message. */
public record MessageView(
        String messageId,
        Participant author,
        String body,
        Instant sentAt) {
}
