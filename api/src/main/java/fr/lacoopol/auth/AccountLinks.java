package fr.lacoopol.auth;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.links.SignedLinks;
import fr.lacoopol.links.SignedLinks.Purpose;
import fr.lacoopol.contact.command.UnsubscribeContactCommand;
import fr.lacoopol.member.command.AcceptInvitationCommand;
import fr.lacoopol.member.command.ConfirmLoginEmailChangeCommand;
import fr.lacoopol.member.command.ResetPasswordCommand;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * What the single-use links of e-mails do (ACC-2, ACC-4, ACC-6, CON-3), whether a person follows them in a
 * browser (the pages) or a client calls the API: one place for each, so both behave alike.
 */
@Component
public class AccountLinks {

    private final SignedLinks links;
    private final PasswordPolicy passwords;
    private final CommandGateway commands;
    private final CoopolProperties properties;
    private final Clock clock;

    AccountLinks(SignedLinks links, PasswordPolicy passwords, CommandGateway commands, CoopolProperties properties,
                 Clock clock) {
        this.links = links;
        this.passwords = passwords;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a link's token was signed here for that purpose: a truncated or forged link is told at once. */
    public boolean isGenuine(Purpose purpose, String token) {
        return links.isSigned(purpose, token);
    }

    /** ACC-2: the charter accepted and a password chosen, the account is open. */
    public MemberId acceptInvitation(String token, String password, boolean charterAccepted) {
        SignedLinks.Link link = links.verify(Purpose.INVITATION, token);
        String hash = passwords.hashNew(password);
        commands.sendAndWait(new AcceptInvitationCommand(link.memberId(), link.linkId(), charterAccepted,
                properties.charterVersion(), hash, clock.instant()));
        return link.memberId();
    }

    /** ACC-4. */
    public void resetPassword(String token, String password) {
        SignedLinks.Link link = links.verify(Purpose.PASSWORD_RESET, token);
        String hash = passwords.hashNew(password);
        commands.sendAndWait(new ResetPasswordCommand(link.memberId(), link.linkId(), hash, clock.instant()));
    }

    /** ACC-6: the new address, proven by the link sent to it, becomes the login. */
    public MemberId confirmEmail(String token) {
        SignedLinks.Link link = links.verify(Purpose.EMAIL_CHANGE, token);
        commands.sendAndWait(new ConfirmLoginEmailChangeCommand(link.memberId(), link.linkId(), clock.instant()));
        return link.memberId();
    }

    /** CON-3: the contact receives no more of the section's e-mails; again changes nothing. */
    public void unsubscribeContact(String token) {
        SignedLinks.Link link = links.verify(Purpose.CONTACT_UNSUBSCRIBE, token);
        commands.sendAndWait(new UnsubscribeContactCommand(new ContactId(link.subject())));
    }
}
