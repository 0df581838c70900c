package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.coopain.event.CoopainRequestedEvent;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.MemberNames;
import fr.lacoopol.member.query.MemberNamesQuery;
import fr.lacoopol.member.query.NotificationAddress;
import fr.lacoopol.member.query.NotificationAddresses;
import fr.lacoopol.member.query.NotificationAddressesQuery;
import fr.lacoopol.member.query.NotificationKind;
import fr.lacoopol.post.event.PostPublishedEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * NOT-1 for the network: a new message (MSG-7), a coopain request or its acceptance (NET-1, NET-2) and a post on
 * one's wall (PST-6), each to the members whose switch for it is on. The e-mail names the sender and never shows an address but the
 * platform's; the recipients of one message each get their own e-mail. Like every mail, it is enqueued in
 * the outbox under the event's id and the recipient's, in the processor's transaction, so that a redelivery,
 * a restart or a replay never sends it twice (NOT-3).
 */
@Component
@ProcessingGroup("mail-notifications")
@DisallowReplay
class NetworkNotifications {

    private final MailOutbox outbox;
    private final QueryGateway queries;
    private final String baseUrl;

    NetworkNotifications(MailOutbox outbox, QueryGateway queries, CoopolProperties properties) {
        this.outbox = outbox;
        this.queries = queries;
        this.baseUrl = properties.baseUrl();
    }

    @EventHandler
    void on(ConversationStartedEvent event, EventMessage<?> message) {
        if (event.body() == null) return; // the author's data erased since (GDPR-2)
        newMessage(message.getIdentifier(), event.conversationId(), event.authorId(), event.recipientIds(),
                event.subject(), event.body());
    }

    @EventHandler
    void on(MessagePostedEvent event, EventMessage<?> message) {
        if (event.body() == null) return;
        newMessage(message.getIdentifier(), event.conversationId(), event.authorId(), event.recipientIds(), null,
                event.body());
    }

    @EventHandler
    void on(CoopainRequestedEvent event, EventMessage<?> message) {
        String asker = nameOf(event.askerId());
        for (NotificationAddress to : addresses(List.of(event.recipientId()), NotificationKind.COOPAIN_REQUEST)) {
            outbox.enqueue(message.getIdentifier() + ":" + to.memberId().value(), "COOPAIN_REQUEST", to.email(),
                    asker + " veut devenir ton coopain",
                    """
                    Bonjour %s,

                    %s te demande de devenir coopains sur la coopol.
                    Pour accepter ou refuser : %s/coopains/demandes
                    """.formatted(to.firstName(), asker, baseUrl),
                    asker + " (la coopol)", null);
        }
    }

    @EventHandler
    void on(CoopainRequestAcceptedEvent event, EventMessage<?> message) {
        String recipient = nameOf(event.recipientId());
        for (NotificationAddress to : addresses(List.of(event.askerId()), NotificationKind.COOPAIN_REQUEST)) {
            outbox.enqueue(message.getIdentifier() + ":" + to.memberId().value(), "COOPAIN_ACCEPTED", to.email(),
                    recipient + " a accepté ta demande",
                    """
                    Bonjour %s,

                    %s a accepté ta demande : vous êtes maintenant coopains sur la coopol.
                    Tes coopains : %s/coopains
                    """.formatted(to.firstName(), recipient, baseUrl),
                    recipient + " (la coopol)", null);
        }
    }

    /** PST-6: a post written on someone else's wall tells the wall's owner, if their switch is on. */
    @EventHandler
    void on(PostPublishedEvent event, EventMessage<?> message) {
        if (event.wallOwnerId() == null) return;
        String author = nameOf(event.authorId());
        for (NotificationAddress to : addresses(List.of(event.wallOwnerId()), NotificationKind.WALL_POST)) {
            outbox.enqueue(message.getIdentifier() + ":" + to.memberId().value(), "WALL_POST", to.email(),
                    author + " a écrit sur ton mur",
                    """
                    Bonjour %s,

                    %s a écrit sur ton mur : « %s ».
                    Pour le lire : %s/membres/%s/mur
                    """.formatted(to.firstName(), author, event.content().title(), baseUrl, to.memberId().value()),
                    author + " (la coopol)", null);
        }
    }

    private void newMessage(String eventId, ConversationId conversation, MemberId author, List<MemberId> recipients,
                            String subject, String body) {
        String sender = nameOf(author);
        String title = subject == null ? "Nouveau message de " + sender : sender + " : " + subject;
        for (NotificationAddress to : addresses(recipients, NotificationKind.NEW_MESSAGE)) {
            outbox.enqueue(eventId + ":" + to.memberId().value(), "NEW_MESSAGE", to.email(), title,
                    """
                    Bonjour %s,

                    %s t'a écrit sur la coopol :

                    %s

                    Pour lire la conversation et répondre : %s/messagerie/%s
                    (Ne réponds pas à cet e-mail : il part d'une adresse qui ne lit pas les réponses.)
                    """.formatted(to.firstName(), sender, body, baseUrl, conversation.value()),
                    sender + " (la coopol)", null);
        }
    }

    private List<NotificationAddress> addresses(List<MemberId> members, NotificationKind kind) {
        return queries.query(new NotificationAddressesQuery(members, kind), NotificationAddresses.class).join().addresses();
    }

    private String nameOf(MemberId member) {
        return queries.query(new MemberNamesQuery(List.of(member)), MemberNames.class).join().names().stream()
                .findFirst().map(n -> (n.firstName() + " " + n.lastName()).strip())
                .filter(name -> !name.isEmpty()).orElse("Un membre de la coopol");
    }
}
