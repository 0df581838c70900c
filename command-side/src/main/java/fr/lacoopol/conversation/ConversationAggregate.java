package fr.lacoopol.conversation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.conversation.command.DeleteConversationForMemberCommand;
import fr.lacoopol.conversation.command.MarkConversationCommand;
import fr.lacoopol.conversation.command.ReplyCommand;
import fr.lacoopol.conversation.command.StartConversationCommand;
import fr.lacoopol.conversation.event.ConversationDeletedForMemberEvent;
import fr.lacoopol.conversation.event.ConversationMarkedEvent;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A conversation (MSG): its author, its participants, and whether they may reply and see each other. Every
 * participant may reply to all (MSG-1), unless the author forbade replies (MSG-2). When the recipients are
 * hidden from each other (a broadcast, or a section writing to its members: MSG-6, P6), a recipient's reply
 * goes to the author only.
 *
 * <p>A section's message may have thousands of participants, each marking it read or deleting it: the
 * aggregate is snapshotted, so loading it does not replay them all.
 */
@Aggregate(snapshotTriggerDefinition = "conversationSnapshots")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ConversationAggregate {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 20_000;

    @AggregateIdentifier
    private ConversationId conversationId;
    private MemberId author;
    private Set<MemberId> recipients = new LinkedHashSet<>();
    private boolean noReply;
    private boolean recipientsHidden;

    ConversationAggregate() {
        // for Axon
    }

    @CommandHandler
    ConversationAggregate(StartConversationCommand command) {
        String subject = Text.required("subject", command.subject(), SUBJECT_MAX);
        String body = Text.requiredParagraphs("body", command.body(), BODY_MAX);
        Set<MemberId> to = new LinkedHashSet<>(command.recipientIds() == null ? List.of() : command.recipientIds());
        to.remove(command.authorId());
        if (to.isEmpty()) throw new InvalidValueException("recipientIds", "il faut au moins un destinataire");
        boolean hidden = command.noReply() || command.sectionId() != null;
        apply(new ConversationStartedEvent(command.conversationId(), command.messageId(), command.authorId(),
                List.copyOf(to), subject, body, command.noReply(), hidden, command.sectionId()));
    }

    @CommandHandler
    void handle(ReplyCommand command) {
        MemberId replier = command.authorId();
        requireParticipant(replier);
        String body = Text.requiredParagraphs("body", command.body(), BODY_MAX);
        boolean byAuthor = replier.equals(author);
        if (noReply && !byAuthor) {
            throw new RuleViolationException("conversation_no_reply",
                    "c'est une liste de diffusion : on ne peut pas y répondre");
        }
        List<MemberId> to;
        boolean toEveryone = byAuthor || !recipientsHidden;
        if (toEveryone) {
            to = new ArrayList<>(recipients);
            if (!byAuthor) to.add(author);
            to.remove(replier);
        } else {
            to = List.of(author);
        }
        apply(new MessagePostedEvent(conversationId, command.messageId(), replier, body, List.copyOf(to), toEveryone));
    }

    @CommandHandler
    void handle(MarkConversationCommand command) {
        requireParticipant(command.memberId());
        apply(new ConversationMarkedEvent(conversationId, command.memberId(), command.read()));
    }

    @CommandHandler
    void handle(DeleteConversationForMemberCommand command) {
        requireParticipant(command.memberId());
        apply(new ConversationDeletedForMemberEvent(conversationId, command.memberId()));
    }

    /** To anyone outside it, the conversation does not exist. */
    private void requireParticipant(MemberId member) {
        if (!member.equals(author) && !recipients.contains(member)) {
            throw new NotFoundException();
        }
    }

    @EventSourcingHandler
    void on(ConversationStartedEvent event) {
        conversationId = event.conversationId();
        author = event.authorId();
        recipients = new LinkedHashSet<>(event.recipientIds());
        noReply = event.noReply();
        recipientsHidden = event.recipientsHidden();
    }
}
