package fr.lacoopol.conversation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;

/** MSG-4. */
@EventRevision("1")
public record ConversationMarkedEvent(
        ConversationId conversationId,
        MemberId memberId,
        boolean read) {
}
