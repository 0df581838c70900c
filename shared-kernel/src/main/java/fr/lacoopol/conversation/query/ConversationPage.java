package fr.lacoopol.conversation.query;

import java.util.List;

/** MSG-3, with the viewer's count of unread conversations. Both counts stop at 1,001, which reads "more than 1,000". */
public record ConversationPage(
        List<ConversationSummaryView> items,
        long total,
        int page,
        int size,
        long unreadConversations) {
}
