package fr.lacoopol.pages;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.auth.AccountLinks;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.charter.Charter;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.links.SignedLinks.Purpose;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.web.RemoteDomainError;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages the links of e-mails open, for a person with nothing but a browser: accept an invitation (read
 * the charter, choose a password), choose a new password, confirm a new address, unsubscribe a contact, and
 * for a message, where to read it. Plain forms, no script; opening a link changes nothing (mail scanners open
 * links too), the form's button does. Everything past these pages is the web client's, over the API.
 */
@Controller
@Hidden
class LinkPages {

    private final AccountLinks accountLinks;
    private final Charter charter;
    private final String baseUrl;

    LinkPages(AccountLinks accountLinks, Charter charter, CoopolProperties properties) {
        this.accountLinks = accountLinks;
        this.charter = charter;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/invitation/{token}")
    ResponseEntity<String> invitation(@PathVariable String token) {
        if (!accountLinks.isGenuine(Purpose.INVITATION, token)) return notALink();
        return invitationForm(HttpStatus.OK, null);
    }

    @PostMapping("/invitation/{token}")
    ResponseEntity<String> acceptInvitation(@PathVariable String token,
                                            @RequestParam(name = "password", defaultValue = "") String password,
                                            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
                                            @RequestParam(name = "charterAccepted", defaultValue = "false") boolean charterAccepted) {
        if (!charterAccepted) return invitationForm(HttpStatus.BAD_REQUEST, "Il faut accepter la charte pour rejoindre la coopol.");
        if (!password.equals(confirmation)) return invitationForm(HttpStatus.BAD_REQUEST, "Les deux mots de passe diffèrent.");
        return attempt(() -> {
            accountLinks.acceptInvitation(token, password, true);
            return Page.of(HttpStatus.OK, "Bienvenue sur la coopol", """
                    <p role="status">Ton compte est ouvert. Ton identifiant est l'adresse e-mail à laquelle tu as reçu
                    l'invitation, avec le mot de passe que tu viens de choisir.</p>
                    """ + whereNext());
        }, message -> invitationForm(HttpStatus.UNPROCESSABLE_ENTITY, message));
    }

    @GetMapping("/mot-de-passe/{token}")
    ResponseEntity<String> passwordReset(@PathVariable String token) {
        if (!accountLinks.isGenuine(Purpose.PASSWORD_RESET, token)) return notALink();
        return passwordForm(HttpStatus.OK, null);
    }

    @PostMapping("/mot-de-passe/{token}")
    ResponseEntity<String> resetPassword(@PathVariable String token,
                                         @RequestParam(name = "password", defaultValue = "") String password,
                                         @RequestParam(name = "confirmation", defaultValue = "") String confirmation) {
        if (!password.equals(confirmation)) return passwordForm(HttpStatus.BAD_REQUEST, "Les deux mots de passe diffèrent.");
        return attempt(() -> {
            accountLinks.resetPassword(token, password);
            return Page.of(HttpStatus.OK, "Mot de passe changé", """
                    <p role="status">Ton nouveau mot de passe est enregistré ; tes autres connexions sont fermées.</p>
                    """ + whereNext());
        }, message -> passwordForm(HttpStatus.UNPROCESSABLE_ENTITY, message));
    }

    @GetMapping("/confirmer-email/{token}")
    ResponseEntity<String> emailConfirmation(@PathVariable String token) {
        if (!accountLinks.isGenuine(Purpose.EMAIL_CHANGE, token)) return notALink();
        return confirmForm(HttpStatus.OK, null);
    }

    @PostMapping("/confirmer-email/{token}")
    ResponseEntity<String> confirmEmail(@PathVariable String token) {
        return attempt(() -> {
            accountLinks.confirmEmail(token);
            return Page.of(HttpStatus.OK, "Adresse confirmée", """
                    <p role="status">Cette adresse est désormais ton identifiant sur la coopol.</p>
                    """ + whereNext());
        }, message -> confirmForm(HttpStatus.UNPROCESSABLE_ENTITY, message));
    }

    @GetMapping("/desinscription/{token}")
    ResponseEntity<String> unsubscription(@PathVariable String token) {
        if (!accountLinks.isGenuine(Purpose.CONTACT_UNSUBSCRIBE, token)) return notALink();
        return unsubscribeForm(HttpStatus.OK, null);
    }

    @PostMapping("/desinscription/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return attempt(() -> {
            accountLinks.unsubscribeContact(token);
            return Page.of(HttpStatus.OK, "Désinscription faite", """
                    <p role="status">Tu ne recevras plus les courriels de cette section par la coopol.</p>
                    """);
        }, message -> unsubscribeForm(HttpStatus.UNPROCESSABLE_ENTITY, message));
    }

    /** A message's e-mail names the conversation; reading it takes a session, which only the client holds. */
    @GetMapping("/messagerie/{conversationId}")
    ResponseEntity<String> message(@PathVariable String conversationId) {
        return Page.of(HttpStatus.OK, "Un message t'attend", """
                <p>La conversation se lit et se poursuit dans la coopol, une fois connecté(e) : ouvre l'application
                de la coopol, puis ta messagerie. Cette page ne montre aucun message : ce lien peut avoir été
                transféré, et une conversation reste entre ses participants.</p>
                """ + whereNext());
    }

    /** Coopain requests and acceptances point here: answering takes a session, which only the client holds. */
    @GetMapping("/evenements/{eventId}")
    ResponseEntity<String> event(@PathVariable String eventId) {
        return Page.of(HttpStatus.OK, "Un événement t'attend", """
                <p>L'événement se lit et se répond (je participe, je ne participe pas, peut-être) dans la coopol, une
                fois connecté(e) : ouvre l'application de la coopol, puis ton agenda. Cette page ne montre rien de
                l'événement : ce lien peut avoir été transféré, et un événement privé reste entre ses invités.</p>
                """ + whereNext());
    }

    @GetMapping({"/coopains", "/coopains/demandes"})
    ResponseEntity<String> coopains() {
        return Page.of(HttpStatus.OK, "Tes coopains", """
                <p>Les demandes de coopains s'acceptent ou se refusent dans la coopol, une fois connecté(e) : ouvre
                l'application de la coopol, puis tes coopains.</p>
                """ + whereNext());
    }

    /** Where every other page leads: the web client's place, at the base URL. */
    @GetMapping("/")
    ResponseEntity<String> home() {
        return Page.of(HttpStatus.OK, "la coopol", """
                <p>La coopol est le réseau des militants et sympathisants : profils, coopains, messagerie, sections.
                On s'y connecte avec son adresse e-mail et son mot de passe, depuis l'application web de la coopol.</p>
                <p>L'application web n'est pas servie à cette adresse : ce serveur porte l'API de la coopol et les pages
                des liens envoyés par e-mail (invitation, mot de passe, confirmation, désinscription).</p>
                """);
    }

    private ResponseEntity<String> invitationForm(HttpStatus status, String error) {
        return Page.of(status, "Rejoindre la coopol", Page.error(error) + """
                <p>Pour ouvrir ton compte, lis la charte, accepte-la et choisis ton mot de passe.</p>
                <section class="charter" aria-label="La charte de la coopol" tabindex="0">
                %s
                </section>
                <form method="post">
                <label class="checkbox"><input type="checkbox" name="charterAccepted" value="true" required>
                J'ai lu la charte de la coopol (version %s) et je l'accepte.</label>
                %s
                <button type="submit">Rejoindre la coopol</button>
                </form>
                """.formatted(Page.paragraphs(charter.text()), Page.escape(charter.version()), passwordFields()));
    }

    private ResponseEntity<String> passwordForm(HttpStatus status, String error) {
        return Page.of(status, "Choisir un nouveau mot de passe", Page.error(error) + """
                <form method="post">
                %s
                <button type="submit">Enregistrer le mot de passe</button>
                </form>
                """.formatted(passwordFields()));
    }

    private ResponseEntity<String> confirmForm(HttpStatus status, String error) {
        return Page.of(status, "Confirmer ta nouvelle adresse", Page.error(error) + """
                <p>Cette adresse deviendra ton identifiant sur la coopol.</p>
                <form method="post"><button type="submit">Confirmer cette adresse</button></form>
                """);
    }

    private ResponseEntity<String> unsubscribeForm(HttpStatus status, String error) {
        return Page.of(status, "Ne plus recevoir ces courriels", Page.error(error) + """
                <p>Une section de la coopol t'a écrit. Tu peux ne plus recevoir ses courriels.</p>
                <form method="post"><button type="submit">Me désinscrire</button></form>
                """);
    }

    private static ResponseEntity<String> notALink() {
        return Page.of(HttpStatus.NOT_FOUND, "Ce lien n'est pas valable", """
                <p role="alert">Ce lien est incomplet ou n'a pas été envoyé par la coopol. Copie-le en entier depuis
                l'e-mail reçu, ou demande-en un nouveau (à ton secrétaire de section pour une invitation).</p>
                """);
    }

    private static String passwordFields() {
        return """
                <label for="password">Mot de passe</label>
                <input type="password" id="password" name="password" autocomplete="new-password" required
                       minlength="%d" maxlength="128" aria-describedby="password-hint">
                <p class="hint" id="password-hint">Au moins %d caractères ; une phrase de passe est la bienvenue.</p>
                <label for="confirmation">Le même mot de passe, une seconde fois</label>
                <input type="password" id="confirmation" name="confirmation" autocomplete="new-password" required
                       minlength="%d" maxlength="128">
                """.formatted(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_LENGTH);
    }

    private String whereNext() {
        return "<p>Pour continuer, ouvre l'application de la coopol (<a href=\"" + Page.escape(baseUrl + "/") + "\">"
                + Page.escape(baseUrl) + "</a>) et connecte-toi.</p>";
    }

    /** Runs the link's action; a refusal (a used or expired link, a short password) shows on the form. */
    private static ResponseEntity<String> attempt(Supplier<ResponseEntity<String>> action,
                                                  Function<String, ResponseEntity<String>> refused) {
        try {
            return action.get();
        } catch (DomainException | InvalidValueException e) {
            return refused.apply(e.getMessage());
        } catch (CommandExecutionException e) {
            // Through Axon Server, the refusal travels as the exception's details.
            if (e.getDetails().orElse(null) instanceof RemoteDomainError error) return refused.apply(error.message());
            throw e;
        }
    }
}
