package fr.lacoopol.conversation.command;

import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * MSG-1, MSG-2, MSG-6: the first message to the recipients. sectionId is set when a section (its secretary or a zone
 * manager) writes to its members: the recipients then do not see each other and their replies go to the author only.
 */
public record StartConversationCommand(
        @TargetAggregateIdentifier ConversationId conversationId,
        String messageId,
        MemberId authorId,
        List<MemberId> recipientIds,
        String subject,
        String body,
        boolean noReply,
        SectionId sectionId) {
}
