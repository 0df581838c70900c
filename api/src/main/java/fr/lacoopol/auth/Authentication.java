package fr.lacoopol.auth;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.identity.Accounts.LoginAccount;
import fr.lacoopol.identity.Sessions;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.command.RecordLoginCommand;
import fr.lacoopol.security.CallerAuthentication;
import fr.lacoopol.web.UnauthenticatedException;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * ACC-3: logging in opens a revocable session; logging out closes it. Every failure costs one bcrypt
 * comparison and reads the same, so neither the answer nor its timing tells whether an address has an account.
 */
@Component
public class Authentication {

    public record Session(String token, String memberId) {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordPolicy passwords;
    private final Throttles throttle;
    private final CommandGateway commands;
    private final EmailAddress adminEmail;
    private final String adminHash;
    /** Compared against when there is no account, so that failures all cost the same. */
    private final String unusedHash;

    Authentication(Accounts accounts, Sessions sessions, PasswordPolicy passwords, Throttles throttle,
                   CommandGateway commands, CoopolProperties properties) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.throttle = throttle;
        this.commands = commands;
        this.adminEmail = new EmailAddress(properties.admin().email());
        this.adminHash = passwords.hashNew(properties.admin().password());
        this.unusedHash = passwords.hashNew("no account has this password " + System.nanoTime());
    }

    public Session login(String email, String password, String clientAddress) {
        Optional<EmailAddress> address = parse(email);
        throttle.login(address.map(EmailAddress::value).orElse(email), clientAddress);
        if (address.isEmpty()) throw refused(password);
        if (address.get().equals(adminEmail)) {
            if (!passwords.matches(password, adminHash)) throw refused(null);
            return new Session(sessions.open(Sessions.ADMINISTRATOR), null);
        }
        LoginAccount account = accounts.loginAccount(address.get())
                .filter(a -> a.state() == AccountState.ACTIVE && a.passwordHash() != null)
                .orElseThrow(() -> refused(password));
        if (!passwords.matches(password, account.passwordHash())) throw refused(null);
        String token = sessions.open(account.memberId().value());
        commands.sendAndWait(new RecordLoginCommand(account.memberId()));
        return new Session(token, account.memberId().value());
    }

    public void logout(CallerAuthentication caller) {
        sessions.close(caller.token());
        SecurityContextHolder.clearContext();
    }

    private UnauthenticatedException refused(String passwordToBurn) {
        if (passwordToBurn != null) passwords.matches(passwordToBurn, unusedHash);
        return new UnauthenticatedException("invalid_credentials", "adresse e-mail ou mot de passe incorrect");
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
