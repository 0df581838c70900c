package fr.lacoopol.conversation.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.ConversationId;

/** MSG-3: a conversation, for one of its participants only. */
public record FindConversationQuery(
        Viewer viewer,
        ConversationId conversationId) {
}
