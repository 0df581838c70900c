package fr.lacoopol.conversation.event;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;

/** MSG-4. */
public record ConversationMarkedEvent(
        ConversationId conversationId,
        MemberId memberId,
        boolean read) {
}
