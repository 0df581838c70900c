package fr.lacoopol.conversation.command;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** MSG-4: read or unread, for this member only. */
public record MarkConversationCommand(
        @TargetAggregateIdentifier ConversationId conversationId,
        MemberId memberId,
        boolean read) {
}
