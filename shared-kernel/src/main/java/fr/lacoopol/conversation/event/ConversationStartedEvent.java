package fr.lacoopol.conversation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.util.List;

/**
 * MSG-1. Subject and body are the author's writing, encrypted under their key. recipientsHidden: a broadcast or a
 * section's message, whose recipients do not see each other.
 */
@EventRevision("1")
public record ConversationStartedEvent(
        ConversationId conversationId,
        String messageId,
        @DataSubject MemberId authorId,
        List<MemberId> recipientIds,
        @PersonalData String subject,
        @PersonalData String body,
        boolean noReply,
        boolean recipientsHidden,
        SectionId sectionId) {
}
