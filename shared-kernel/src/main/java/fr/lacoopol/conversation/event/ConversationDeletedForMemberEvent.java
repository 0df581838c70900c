package fr.lacoopol.conversation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;

/** MSG-4: until a new message reaches them. */
@EventRevision("1")
public record ConversationDeletedForMemberEvent(
        ConversationId conversationId,
        MemberId memberId) {
}
