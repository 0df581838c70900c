package fr.lacoopol.conversation.query;

import java.util.List;

/** MSG-3, with the viewer's count of unread conversations. */
public record ConversationPage(
        List<ConversationSummaryView> items,
        long total,
        int page,
        int size,
        long unreadConversations) {
}
