package fr.lacoopol.conversation.command;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** MSG-4: the conversation leaves this member's boxes, for them only. */
public record DeleteConversationForMemberCommand(
        @TargetAggregateIdentifier ConversationId conversationId,
        MemberId memberId) {
}
