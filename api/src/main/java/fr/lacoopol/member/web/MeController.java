package fr.lacoopol.member.web;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.auth.AccountLinks;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.auth.Throttles;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.mail.AccountNotices;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.Erasures;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Mandate;
import fr.lacoopol.member.MemberStatus;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.member.PoliticalInterest;
import fr.lacoopol.member.PublicInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.command.ChangeAvatarCommand;
import fr.lacoopol.member.command.ChangeCoordinatesCommand;
import fr.lacoopol.member.command.ChangeNameCommand;
import fr.lacoopol.member.command.ChangeNotificationSettingsCommand;
import fr.lacoopol.member.command.ChangePasswordCommand;
import fr.lacoopol.member.command.ChangePersonalInfoCommand;
import fr.lacoopol.member.command.ChangePoliticalActivitiesCommand;
import fr.lacoopol.member.command.ChangePublicInfoCommand;
import fr.lacoopol.member.command.ChangeStatusCommand;
import fr.lacoopol.member.command.ChangeVisibilityCommand;
import fr.lacoopol.member.command.RequestLoginEmailChangeCommand;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Mon compte" (PRO-1 to PRO-6, ACC-6): the member reads all of their data and changes it, section by
 * section. Every change is a command on the caller's own Member aggregate; the caller comes from the
 * session, never from the body. Changes answer 202: the read model follows within milliseconds.
 */
@RestController
@Tag(name = "Mon compte")
class MeController {

    record ConnectionRequest(@NotBlank String firstName, @NotBlank String lastName, @NotBlank String email,
                             String currentPassword, String newPassword) {
    }

    record NotificationsRequest(boolean newMessage, boolean wallPost, boolean coopainRequest) {
    }

    record VisibilityRequest(@NotNull Visibility visibility) {
    }

    record PersonalRequest(Sex sex, LocalDate birthDate) {
    }

    record CoordinatesRequest(String phone, String mobile, String address, String addressComplement,
                              String postalCode, String city, String country) {
    }

    record PoliticalActivitiesRequest(String localEngagements, List<Mandate> mandates,
                                      List<String> partyResponsibilities, boolean youthMovementMember) {
    }

    record PublicInfoRequest(String profession, String hobbies, String website, String facebook, String twitter,
                             Set<PoliticalInterest> interests) {
    }

    record StatusRequest(String text, String link) {
    }

    record EmailConfirmation(@NotBlank String token) {
    }

    record Accepted(String id, Boolean emailConfirmationSent) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final AccountLinks accountLinks;
    private final AvatarImages avatars;
    private final Throttles throttles;
    private final AccountNotices notices;
    private final CoopolProperties properties;
    private final Clock clock;
    private final Erasures erasures;

    MeController(CommandGateway commands, QueryGateway queries, Accounts accounts, PasswordPolicy passwords,
                 AccountLinks accountLinks, AvatarImages avatars, Throttles throttles, AccountNotices notices,
                 CoopolProperties properties, Clock clock,
                 Erasures erasures) {
        this.erasures = erasures;
        this.throttles = throttles;
        this.notices = notices;
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
        this.passwords = passwords;
        this.accountLinks = accountLinks;
        this.avatars = avatars;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Tout ce qui me concerne, coordonnées et activités politiques comprises")
    MemberProfileView me() {
        MemberId me = CurrentCaller.member();
        return queries.query(new FindMemberProfileQuery(CurrentCaller.viewer(), me),
                        ResponseTypes.optionalInstanceOf(MemberProfileView.class)).join()
                .orElseThrow(() -> new NotFoundException());
    }

    @PutMapping("/api/me/connection")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Données de connexion (PRO-1, ACC-6)",
            description = "Un changement d'adresse n'a d'effet qu'une fois le lien envoyé à la nouvelle adresse confirmé ; "
                    + "la réponse ne dit pas si l'adresse est déjà celle d'un autre compte (son titulaire est prévenu). "
                    + "Limité comme une connexion (429 too_many_attempts). "
                    + "Changer de mot de passe demande le mot de passe actuel et ferme toutes les sessions.")
    Accepted connection(@Valid @RequestBody ConnectionRequest request, HttpServletRequest http) {
        MemberId me = CurrentCaller.member();
        PersonName name = new PersonName(request.firstName(), request.lastName());
        EmailAddress email = new EmailAddress(request.email());
        boolean emailChange = !email.equals(currentEmail(me));
        boolean passwordChange = request.newPassword() != null && !request.newPassword().isEmpty();
        if (emailChange || passwordChange) throttles.accountChange(me, http.getRemoteAddr());
        String newPasswordHash = null;
        if (passwordChange) {
            String currentHash = accounts.loginAccount(currentEmail(me)).map(a -> a.passwordHash()).orElse(null);
            if (!passwords.matches(request.currentPassword(), currentHash)) {
                throw new RuleViolationException("wrong_password", "le mot de passe actuel est incorrect");
            }
            newPasswordHash = passwords.hashNew(request.newPassword());
        }
        commands.sendAndWait(new ChangeNameCommand(me, name));
        if (emailChange) {
            // The answer is the same whether the address is free or another account's: only its owner is told.
            if (accounts.emailTaken(email)) {
                notices.addressClaimedByAnotherAccount(email);
            } else {
                commands.sendAndWait(new RequestLoginEmailChangeCommand(me, UUID.randomUUID().toString(), email,
                        clock.instant().plus(properties.resetTtl())));
            }
        }
        if (newPasswordHash != null) commands.sendAndWait(new ChangePasswordCommand(me, newPasswordHash));
        return new Accepted(me.value(), emailChange);
    }

    @PostMapping("/api/me/email-confirmations")
    @Operation(summary = "Confirmer la nouvelle adresse avec le lien reçu (ACC-6)")
    Map<String, String> confirmEmail(@Valid @RequestBody EmailConfirmation request) {
        return Map.of("memberId", accountLinks.confirmEmail(request.token()).value());
    }

    @PutMapping("/api/me/notifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Les trois notifications par e-mail (PRO-1)")
    Accepted notifications(@RequestBody NotificationsRequest request) {
        return change(new ChangeNotificationSettingsCommand(CurrentCaller.member(),
                new NotificationSettings(request.newMessage(), request.wallPost(), request.coopainRequest())));
    }

    @PutMapping("/api/me/visibility")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Visibilité du profil (P4)")
    Accepted visibility(@Valid @RequestBody VisibilityRequest request) {
        return change(new ChangeVisibilityCommand(CurrentCaller.member(), request.visibility()));
    }

    @PutMapping("/api/me/personal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Informations personnelles (PRO-2)")
    Accepted personal(@RequestBody PersonalRequest request) {
        if (request.birthDate() != null && request.birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("birthDate", "la date de naissance est dans le futur");
        }
        return change(new ChangePersonalInfoCommand(CurrentCaller.member(),
                new PersonalInfo(request.sex(), request.birthDate())));
    }

    @PutMapping("/api/me/coordinates")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Coordonnées (PRO-3, P2)")
    Accepted coordinates(@RequestBody CoordinatesRequest request) {
        return change(new ChangeCoordinatesCommand(CurrentCaller.member(), new Coordinates(request.phone(), request.mobile(),
                request.address(), request.addressComplement(), request.postalCode(), request.city(), request.country())));
    }

    @PutMapping("/api/me/political-activities")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Engagements locaux et activités politiques (PRO-4, P3)")
    Accepted politicalActivities(@RequestBody PoliticalActivitiesRequest request) {
        return change(new ChangePoliticalActivitiesCommand(CurrentCaller.member(), new PoliticalActivities(request.localEngagements(),
                request.mandates(), request.partyResponsibilities(), request.youthMovementMember())));
    }

    @PutMapping("/api/me/public-info")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Informations publiques et centres d'intérêt (PRO-5)")
    Accepted publicInfo(@RequestBody PublicInfoRequest request) {
        return change(new ChangePublicInfoCommand(CurrentCaller.member(), new PublicInfo(request.profession(), request.hobbies(),
                request.website(), request.facebook(), request.twitter(), request.interests())));
    }

    @PutMapping("/api/me/status")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Statut : un texte court et/ou un lien (PRO-6)")
    Accepted status(@RequestBody StatusRequest request) {
        return change(new ChangeStatusCommand(CurrentCaller.member(), new MemberStatus(request.text(), request.link())));
    }

    @PutMapping(path = "/api/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Avatar : PNG, GIF ou JPEG jusqu'à 8 Mo, réduit à 450×450 (PRO-1)")
    Map<String, String> avatar(@RequestPart("file") MultipartFile file) {
        MemberId me = CurrentCaller.member();
        StoredFile stored = avatars.store(file);
        commands.sendAndWait(new ChangeAvatarCommand(me, stored));
        return Map.of("id", me.value(), "avatarUrl", "/api/files/" + stored.sha256());
    }

    /** Sends a change of the caller's own profile; the answer names whose profile changed. */
    private Accepted change(Object command) {
        commands.sendAndWait(command);
        return new Accepted(CurrentCaller.member().value(), null);
    }

    record ErasureRequest(@NotBlank String password) {
    }

    @DeleteMapping("/api/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer mon compte et mes données personnelles (GDPR-2)",
            description = "Avec le mot de passe. Nom, e-mail, téléphone, adresse et date de naissance deviennent illisibles "
                    + "partout, journal d'événements compris ; vos publications et messages restent, signés « Membre "
                    + "supprimé ». Toutes les sessions sont fermées. Irréversible. Limité comme une connexion.")
    void erase(@Valid @RequestBody ErasureRequest request, HttpServletRequest http) {
        MemberId me = CurrentCaller.member();
        throttles.accountChange(me, http.getRemoteAddr());
        String hash = accounts.loginAccount(currentEmail(me)).map(a -> a.passwordHash()).orElse(null);
        if (!passwords.matches(request.password(), hash)) {
            throw new RuleViolationException("wrong_password", "le mot de passe est incorrect");
        }
        erasures.erase(me, null);
    }

    private EmailAddress currentEmail(MemberId me) {
        return accounts.loginEmail(me).orElseThrow(() -> new NotFoundException());
    }
}
