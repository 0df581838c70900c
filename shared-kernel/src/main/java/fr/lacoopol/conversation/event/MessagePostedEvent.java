package fr.lacoopol.conversation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.util.List;

/** MSG-1: a reply, and who it reaches (every participant, or only the author for a reply to a message with hidden recipients). */
@EventRevision("1")
public record MessagePostedEvent(
        ConversationId conversationId,
        String messageId,
        @DataSubject MemberId authorId,
        @PersonalData String body,
        List<MemberId> recipientIds,
        boolean toEveryone) {
}
