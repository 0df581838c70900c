package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.identity.Placements;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.contact.query.ContactView;
import fr.lacoopol.contact.query.Contacts;
import fr.lacoopol.contact.query.FindContactsQuery;
import fr.lacoopol.links.SignedLinks.Purpose;
import fr.lacoopol.links.SignedLinks;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.event.LoginEmailChangeRequestedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.PasswordResetRequestedEvent;
import fr.lacoopol.organisation.event.ContactEmailSentEvent;
import fr.lacoopol.organisation.query.FindSectionQuery;
import fr.lacoopol.organisation.query.SectionView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The e-mails that events call for (NOT-1: invitation, password reset, e-mail change confirmation; CON-3:
 * a section's e-mail to its contacts). They are
 * enqueued in the outbox keyed by the event's id, in the processor's transaction; a replay never reaches
 * this group, and a redelivery finds the mail already there. Invitations and security e-mails are always
 * sent, whatever the member's notification switches.
 */
@Component
@ProcessingGroup("mail-notifications")
@DisallowReplay
class MailNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final MailOutbox outbox;
    private final SignedLinks links;
    private final QueryGateway queries;
    private final Accounts accounts;
    private final Placements placements;
    private final String baseUrl;

    MailNotifications(MailOutbox outbox, SignedLinks links, QueryGateway queries, Accounts accounts, Placements placements,
                      CoopolProperties properties) {
        this.accounts = accounts;
        this.placements = placements;
        this.outbox = outbox;
        this.queries = queries;
        this.links = links;
        this.baseUrl = properties.baseUrl();
    }

    @EventHandler
    void on(MemberInvitedEvent event, EventMessage<?> message) {
        if (event.email() == null) return; // erased since (GDPR-2): nobody to write to
        boolean hasAnotherAccount = accounts.loginAccount(event.email())
                .filter(account -> !account.memberId().equals(event.memberId())).isPresent();
        if (hasAnotherAccount) {
            askToJoin(event, message);
            return;
        }
        String link = baseUrl + "/invitation/" + links.token(Purpose.INVITATION, event.memberId(), event.invitationId());
        outbox.enqueue(message.getIdentifier(), "INVITATION", event.email().value(),
                "Ton invitation à rejoindre la coopol",
                """
                Bonjour %s,

                Tu es invité(e) à rejoindre la coopol, le réseau des militants et sympathisants.

                Pour accepter l'invitation, lire la charte et choisir ton mot de passe, ouvre ce lien :
                %s

                Ce lien ne sert qu'une fois et expire le %s. Ton identifiant sera cette adresse e-mail.

                À bientôt sur la coopol !
                """.formatted(firstName(event.name()), link, DATE.format(event.expiresAt())));
    }

    /**
     * A section invited an address that is already another account's login (recorded there without one, see
     * IdentityProjection): no second account; the person is asked whether to join the section, from the
     * account they have.
     */
    private void askToJoin(MemberInvitedEvent event, EventMessage<?> message) {
        String sectionName = placements.placement(event.memberId()).map(Placements.MemberPlacement::sectionId)
                .flatMap(section -> queries.query(new FindSectionQuery(Viewer.ofAdministrator(), section),
                        ResponseTypes.optionalInstanceOf(SectionView.class)).join())
                .map(SectionView::name).orElse("une section");
        outbox.enqueue(message.getIdentifier(), "INVITATION", event.email().value(),
                "La section " + sectionName + " aimerait te compter parmi ses membres",
                """
                Bonjour %s,

                La section %s de la coopol a inscrit ton adresse e-mail et aimerait te compter parmi ses membres.
                Tu as déjà un compte sur la coopol avec cette adresse : il n'en faut pas un second.

                Si tu veux rejoindre cette section, connecte-toi à %s et demande à la rejoindre depuis sa page.
                Sinon, tu n'as rien à faire : ton compte et ta section restent tels qu'ils sont.
                """.formatted(firstName(event.name()), sectionName, baseUrl));
    }

    @EventHandler
    void on(PasswordResetRequestedEvent event, EventMessage<?> message) {
        if (event.email() == null) return;
        String link = baseUrl + "/mot-de-passe/" + links.token(Purpose.PASSWORD_RESET, event.memberId(), event.resetId());
        outbox.enqueue(message.getIdentifier(), "PASSWORD_RESET", event.email().value(),
                "Nouveau mot de passe pour la coopol",
                """
                Bonjour %s,

                Une demande de nouveau mot de passe a été faite pour ton compte la coopol.
                Pour choisir un nouveau mot de passe, ouvre ce lien :
                %s

                Ce lien ne sert qu'une fois et expire le %s. Si tu n'as rien demandé, ignore ce message :
                ton mot de passe actuel reste valable.
                """.formatted(firstName(event.name()), link, DATE.format(event.expiresAt())));
    }

    @EventHandler
    void on(LoginEmailChangeRequestedEvent event, EventMessage<?> message) {
        if (event.newEmail() == null) return;
        String link = baseUrl + "/confirmer-email/" + links.token(Purpose.EMAIL_CHANGE, event.memberId(), event.requestId());
        outbox.enqueue(message.getIdentifier(), "EMAIL_CHANGE", event.newEmail().value(),
                "Confirme ta nouvelle adresse e-mail",
                """
                Bonjour %s,

                Tu as demandé que cette adresse devienne ton identifiant sur la coopol.
                Une fois validée, elle deviendra ton identifiant. Pour la valider, ouvre ce lien :
                %s

                Ce lien expire le %s.
                """.formatted(firstName(event.name()), link, DATE.format(event.expiresAt())));
    }

    /**
     * CON-3: one e-mail per contact (nobody sees another's address), in the section's name, each with its own
     * unsubscribe link. A contact who unsubscribed, or was deleted, since the secretary wrote is skipped.
     */
    @EventHandler
    void on(ContactEmailSentEvent event, EventMessage<?> message) {
        if (event.subject() == null || event.body() == null) return; // the author's data erased since (GDPR-2)
        String sectionName = queries.query(new FindSectionQuery(Viewer.ofAdministrator(), event.sectionId()),
                        ResponseTypes.optionalInstanceOf(SectionView.class)).join()
                .map(SectionView::name).orElse("la coopol");
        List<ContactView> contacts = queries.query(new FindContactsQuery(event.sectionId(), event.contactIds()),
                Contacts.class).join().items();
        for (ContactView contact : contacts) {
            if (contact.unsubscribed() || contact.email() == null) continue;
            String token = links.token(Purpose.CONTACT_UNSUBSCRIBE, contact.contactId(), event.mailingId());
            String page = baseUrl + "/desinscription/" + token;
            outbox.enqueue(message.getIdentifier() + ":" + contact.contactId(), "CONTACT_EMAIL", contact.email(),
                    event.subject(),
                    """
                    %s

                    --
                    %s, section du Parti socialiste, vous écrit par la coopol.
                    Pour ne plus recevoir ses messages : %s
                    """.formatted(event.body(), sectionName, page),
                    sectionName, baseUrl + "/api/contact-unsubscriptions/" + token);
        }
    }

    private static String firstName(PersonName name) {
        return name == null ? "" : name.firstName();
    }
}
