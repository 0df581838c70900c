package fr.lacoopol.auth.web;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.auth.AccountLinks;
import fr.lacoopol.auth.Authentication;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.auth.Throttles;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.command.RequestPasswordResetCommand;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ACC-1 to ACC-4, ACC-7: accepting an invitation, logging in and out, resetting a password. */
@RestController
@Tag(name = "Accès", description = "invitation, connexion, mot de passe")
class AuthController {

    record LoginRequest(@NotBlank String email, @NotBlank String password) {
    }

    record LoginResponse(String token, String memberId) {
    }

    record AcceptInvitationRequest(@NotBlank String password, @NotNull Boolean charterAccepted) {
    }

    record PasswordResetRequest(@NotBlank String email) {
    }

    record PasswordResetBody(@NotBlank String token, @NotBlank String password) {
    }

    record StrengthRequest(String password) {
    }

    record StrengthResponse(int score, boolean acceptable) {
    }

    private final Authentication authentication;
    private final AccountLinks accountLinks;
    private final Throttles throttles;
    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final CommandGateway commands;
    private final CoopolProperties properties;
    private final Clock clock;

    AuthController(Authentication authentication, AccountLinks accountLinks, Throttles throttles, Accounts accounts,
                   PasswordPolicy passwords, CommandGateway commands, CoopolProperties properties, Clock clock) {
        this.authentication = authentication;
        this.accountLinks = accountLinks;
        this.throttles = throttles;
        this.accounts = accounts;
        this.passwords = passwords;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/api/auth/login")
    @Operation(summary = "Se connecter (ACC-3)", description = "Répond un jeton à passer en `Authorization: Bearer`.")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        Authentication.Session session = authentication.login(request.email(), request.password(), http.getRemoteAddr());
        return new LoginResponse(session.token(), session.memberId());
    }

    @PostMapping("/api/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Se déconnecter : le jeton ne sert plus")
    void logout() {
        CurrentCaller.authentication().ifPresent(authentication::logout);
    }

    @PostMapping("/api/invitations/{token}/accept")
    @Operation(summary = "Accepter une invitation (ACC-2)", description = "La charte doit être acceptée.")
    Map<String, String> accept(@PathVariable String token, @Valid @RequestBody AcceptInvitationRequest request) {
        MemberId member = accountLinks.acceptInvitation(token, request.password(), request.charterAccepted());
        return Map.of("memberId", member.value());
    }

    @PostMapping("/api/auth/password-reset-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Demander un nouveau mot de passe (ACC-4)",
            description = "La réponse est la même que l'adresse existe ou non. Au plus 3 demandes par adresse et 20 par "
                    + "client et par heure (429 too_many_requests).")
    void requestReset(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        throttles.passwordResetRequest(request.email().strip().toLowerCase(Locale.ROOT), http.getRemoteAddr());
        EmailAddress email;
        try {
            email = new EmailAddress(request.email());
        } catch (InvalidValueException e) {
            return; // the same answer as for an unknown address
        }
        accounts.loginAccount(email)
                .filter(account -> account.state() == AccountState.ACTIVE)
                .ifPresent(account -> commands.sendAndWait(new RequestPasswordResetCommand(account.memberId(),
                        UUID.randomUUID().toString(), clock.instant().plus(properties.resetTtl()))));
    }

    @PostMapping("/api/auth/password-resets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choisir un nouveau mot de passe avec le lien reçu (ACC-4)")
    void reset(@Valid @RequestBody PasswordResetBody request) {
        accountLinks.resetPassword(request.token(), request.password());
    }

    @PostMapping("/api/auth/password-strength")
    @Operation(summary = "Force d'un mot de passe, de 0 à 4 (ACC-7)")
    StrengthResponse strength(@RequestBody StrengthRequest request) {
        String password = request.password() == null ? "" : request.password();
        return new StrengthResponse(passwords.strength(password, List.of("coopol", "lacoopol")),
                password.length() >= PasswordPolicy.MIN_LENGTH);
    }
}
