package fr.lacoopol.conversation.query;

import java.time.Instant;
import java.util.List;

/**
 * A line of a box: the other participants (the author only, when recipients are hidden), their count, the subject, the
 * last message's date, the unread count.
 */
public record ConversationSummaryView(
        String conversationId,
        String subject,
        List<Participant> participants,
        int participantCount,
        Instant lastMessageAt,
        int unread,
        boolean noReply) {
}
