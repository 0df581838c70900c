package fr.lacoopol.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.e2e.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * NOT-3: a new-message e-mail goes once, whatever happens after: the event delivered again (a crash before
 * the processor recorded its progress), the processor restarted, the read models replayed.
 */
class NotificationOnceTest extends ApiTestSupport {

    @Autowired
    NetworkNotifications notifications;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMessageIsNotifiedOnceAfterARedeliveryARestartAndAReplay() throws InterruptedException {
        TestSection section = newSection("Notifications une fois", "75012");
        TestMember author = newMember(section, "Paule", "Auteure");
        TestMember reader = newMember(section, "Rémi", "Lecteur");
        String subject = "Une seule fois " + unique();
        String conversationId = post("/api/conversations", author.token(), Map.of("recipientIds", List.of(reader.id()),
                "subject", subject, "body", "Un seul e-mail, s'il vous plaît", "noReply", false)).text("conversationId");
        awaitMail(reader.email(), subject);

        DomainEventMessage<?> started = eventStore.readEvents(conversationId).asStream().findFirst().orElseThrow();
        assertThat(started.getPayload()).isInstanceOf(ConversationStartedEvent.class);
        notifications.on((ConversationStartedEvent) started.getPayload(), started);

        TrackingEventProcessor mail = processing.eventProcessor("mail-notifications", TrackingEventProcessor.class).orElseThrow();
        mail.shutDown();
        mail.start();
        TrackingEventProcessor conversations = processing.eventProcessor("conversations", TrackingEventProcessor.class)
                .orElseThrow();
        conversations.shutDown();
        conversations.resetTokens();
        conversations.start();
        await("the conversations rebuilt", () -> get("/api/me/conversations", reader.token()).body().path("total").asInt() == 1);

        // A mail goes out only from an outbox row: one row, sent, is one e-mail, whatever the dispatcher does next.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ?", Long.class,
                started.getIdentifier() + "%")).isEqualTo(1);
        await("the outbox drained of this event's mails", () -> jdbc.queryForObject(
                "SELECT count(*) FROM mail_outbox WHERE mail_id LIKE ? AND state <> 'SENT'", Long.class,
                started.getIdentifier() + "%") == 0);
        assertThat(mailbox(reader.email()).stream().filter(m -> m.subject().contains(subject)).count()).isEqualTo(1);
    }
}
