package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.member.query.NotificationAddress;
import fr.lacoopol.member.query.NotificationAddresses;
import fr.lacoopol.member.query.NotificationAddressesQuery;
import fr.lacoopol.member.query.NotificationKind;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.event.ContentHiddenEvent;
import fr.lacoopol.moderation.event.ContentRestoredEvent;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.moderation.query.FindModeratedContentQuery;
import fr.lacoopol.moderation.query.ModeratedContent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * MOD-1: the author of content the moderators hid is told which and why, and told again if it is shown again. No
 * switch governs these e-mails. Enqueued under the event's id, like every mail (NOT-3).
 */
@Component
@ProcessingGroup("mail-notifications")
@DisallowReplay
class ModerationNotices {

    private final MailOutbox outbox;
    private final QueryGateway queries;
    private final String baseUrl;

    ModerationNotices(MailOutbox outbox, QueryGateway queries, CoopolProperties properties) {
        this.outbox = outbox;
        this.queries = queries;
        this.baseUrl = properties.baseUrl();
    }

    @EventHandler
    void on(ContentHiddenEvent event, EventMessage<?> message) {
        boolean feminine = event.kind() == ContentKind.POST;
        tell(message.getIdentifier(), event, "CONTENT_HIDDEN", "a été masqué" + (feminine ? "e" : "")
                + " par l'équipe d'animation", "Ce contenu n'est plus visible sur la coopol. La raison donnée :");
    }

    @EventHandler
    void on(ContentRestoredEvent event, EventMessage<?> message) {
        tell(message.getIdentifier(), event, "CONTENT_RESTORED", "est de nouveau visible",
                "L'équipe d'animation a rétabli ce contenu. La raison donnée :");
    }

    private void tell(String eventId, ModerationDecision decision, String mailKind, String what, String why) {
        String label = queries.query(new FindModeratedContentQuery(decision.kind(), decision.contentId()),
                        ResponseTypes.optionalInstanceOf(ModeratedContent.class)).join()
                .map(ModeratedContent::label).filter(text -> !text.isEmpty()).map(text -> " « " + text + " »").orElse("");
        String subject = capitalized(named(decision.kind())) + " " + what;
        for (NotificationAddress to : addresses(decision)) {
            outbox.enqueue(eventId + ":" + to.memberId().value(), mailKind, to.email(), subject,
                    """
                    Bonjour %s,

                    %s%s %s.
                    %s

                    %s

                    Pour en parler à l'équipe d'animation : %s/contact
                    La charte de la coopol : %s/charte
                    """.formatted(to.firstName(), capitalized(named(decision.kind())), label, what, why,
                            decision.reason(), baseUrl, baseUrl),
                    "L'équipe d'animation (la coopol)", null);
        }
    }

    private List<NotificationAddress> addresses(ModerationDecision decision) {
        if (decision.authorId() == null) return List.of();
        return queries.query(new NotificationAddressesQuery(List.of(decision.authorId()), NotificationKind.MODERATION),
                NotificationAddresses.class).join().addresses();
    }

    private static String named(ContentKind kind) {
        return switch (kind) {
            case POST -> "ta publication";
            case COMMENT -> "ton commentaire";
            case EVENT -> "ton événement";
            case GROUP -> "ton groupe";
            case PROFILE -> "ton profil";
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
