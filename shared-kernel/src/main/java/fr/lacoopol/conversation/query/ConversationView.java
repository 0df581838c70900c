package fr.lacoopol.conversation.query;

import java.util.List;

/** MSG-3: the messages the viewer may read, in order. */
public record ConversationView(
        String conversationId,
        String subject,
        Participant author,
        List<Participant> participants,
        int participantCount,
        boolean noReply,
        boolean mayReply,
        int unread,
        List<MessageView> messages) {
}
