package fr.lacoopol.conversation.command;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** MSG-1: a message in the conversation. */
public record ReplyCommand(
        @TargetAggregateIdentifier ConversationId conversationId,
        String messageId,
        MemberId authorId,
        String body) {
}
