package fr.lacoopol.conversation.event;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;

/** MSG-4: until a new message reaches them. */
public record ConversationDeletedForMemberEvent(
        ConversationId conversationId,
        MemberId memberId) {
}
