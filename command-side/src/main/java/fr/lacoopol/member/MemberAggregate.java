package fr.lacoopol.member;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.identity.CredentialStore;
import fr.lacoopol.identity.SectionMembership;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.ImportField;
import fr.lacoopol.imports.UndoOutcome;
import fr.lacoopol.member.command.AcceptCharterCommand;
import fr.lacoopol.member.command.AcceptInvitationCommand;
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
import fr.lacoopol.member.command.ConfirmLoginEmailChangeCommand;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.EraseMemberCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.member.command.MergeImportedPersonCommand;
import fr.lacoopol.member.command.MoveMemberCommand;
import fr.lacoopol.member.command.RecordLoginCommand;
import fr.lacoopol.member.command.RequestLoginEmailChangeCommand;
import fr.lacoopol.member.command.RequestPasswordResetCommand;
import fr.lacoopol.member.command.ResetPasswordCommand;
import fr.lacoopol.member.command.WithdrawImportedDataCommand;
import fr.lacoopol.member.command.WithdrawImportedPersonCommand;
import fr.lacoopol.member.event.AvatarChangedEvent;
import fr.lacoopol.member.event.CharterAcceptedEvent;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangeRequestedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberLoggedInEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.NotificationSettingsChangedEvent;
import fr.lacoopol.member.event.PasswordChangedEvent;
import fr.lacoopol.member.event.PasswordResetEvent;
import fr.lacoopol.member.event.PasswordResetRequestedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PersonalInfoChangedEvent;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person of the network, from the moment a secretary records them to invite until their account is gone.
 * Holds only what its own rules need: the account's state, the pending links (invitation, reset, e-mail
 * change) and the values whose repetition it refuses to record twice.
 */
@Aggregate(cache = "aggregateCache")
class MemberAggregate {

    private static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);

    @AggregateIdentifier
    private MemberId memberId;
    private AccountState state;
    private EmailAddress email;
    private PersonName name;
    private Visibility visibility;
    private NotificationSettings notificationSettings;
    private PendingLink invitation;
    private PendingLink passwordReset;
    private PendingLink emailChange;
    private EmailAddress requestedEmail;
    private SectionId sectionId;
    private FederationId federationId;
    // What an import may fill when blank (INV-5), and must not record again when nothing changes.
    private Coordinates coordinates;
    private PersonalInfo personalInfo;
    private String membershipNumber;
    private LocalDate membershipDate;
    private final ImportFills importFills = new ImportFills();
    private boolean erased;
    private String charterVersion;

    MemberAggregate() {
        // for Axon
    }

    @CommandHandler
    MemberAggregate(CreatePersonToInviteCommand command) {
        Objects.requireNonNull(command.federationId(), "federationId");
        apply(new PersonToInviteCreatedEvent(command.memberId(), command.federationId(), command.sectionId(),
                command.membershipType(), command.name(), command.email(),
                command.coordinates() == null ? Coordinates.NONE : command.coordinates(),
                command.personalInfo() == null ? PersonalInfo.NONE : command.personalInfo(),
                command.membershipNumber(), command.membershipDate()));
    }

    @CommandHandler
    void handle(InviteMemberCommand command) {
        if (state == AccountState.ACTIVE) {
            throw new ConflictException("already_member", "cette personne a déjà un compte actif");
        }
        if (email == null) {
            throw new RuleViolationException("incomplete_profile", "il faut une adresse e-mail valide pour inviter");
        }
        if (invitation != null && isRepeat(command.expiresAt())) return;
        apply(new MemberInvitedEvent(memberId, command.invitationId(), command.expiresAt(), email, name));
    }

    @CommandHandler
    void handle(AcceptInvitationCommand command, CredentialStore credentials) {
        if (state == AccountState.ACTIVE) {
            throw new ConflictException("invitation_used", "cette invitation a déjà été acceptée");
        }
        if (invitation == null || !invitation.id().equals(command.invitationId())) {
            throw new RuleViolationException("invitation_invalid", "ce lien d'invitation n'est plus valable");
        }
        if (invitation.expiredAt(command.at())) {
            throw new RuleViolationException("invitation_expired", "ce lien d'invitation a expiré");
        }
        if (!command.charterAccepted()) {
            throw new RuleViolationException("charter_not_accepted", "il faut accepter la charte pour rejoindre la coopol");
        }
        credentials.storePasswordHash(memberId, command.passwordHash());
        apply(new InvitationAcceptedEvent(memberId, command.invitationId(), command.charterVersion()));
    }

    @CommandHandler
    void handle(RecordLoginCommand command) {
        requireActive();
        apply(new MemberLoggedInEvent(memberId));
    }

    @CommandHandler
    void handle(ChangePasswordCommand command, CredentialStore credentials) {
        requireActive();
        credentials.storePasswordHash(memberId, command.passwordHash());
        credentials.endSessions(memberId);
        apply(new PasswordChangedEvent(memberId));
    }

    @CommandHandler
    void handle(RequestPasswordResetCommand command) {
        requireActive();
        apply(new PasswordResetRequestedEvent(memberId, command.resetId(), command.expiresAt(), email, name));
    }

    @CommandHandler
    void handle(ResetPasswordCommand command, CredentialStore credentials) {
        requireActive();
        if (passwordReset == null || !passwordReset.id().equals(command.resetId())) {
            throw new RuleViolationException("reset_invalid", "ce lien de réinitialisation n'est plus valable");
        }
        if (passwordReset.expiredAt(command.at())) {
            throw new RuleViolationException("reset_expired", "ce lien de réinitialisation a expiré");
        }
        credentials.storePasswordHash(memberId, command.passwordHash());
        credentials.endSessions(memberId);
        apply(new PasswordResetEvent(memberId, command.resetId()));
    }

    @CommandHandler
    void handle(RequestLoginEmailChangeCommand command) {
        requireActive();
        if (command.newEmail().equals(email)) {
            throw new ConflictException("email_unchanged", "c'est déjà ton identifiant");
        }
        apply(new LoginEmailChangeRequestedEvent(memberId, command.requestId(), command.expiresAt(),
                command.newEmail(), name));
    }

    @CommandHandler
    void handle(ConfirmLoginEmailChangeCommand command) {
        requireActive();
        if (emailChange == null || !emailChange.id().equals(command.requestId())) {
            throw new RuleViolationException("email_change_invalid", "ce lien de confirmation n'est plus valable");
        }
        if (emailChange.expiredAt(command.at())) {
            throw new RuleViolationException("email_change_expired", "ce lien de confirmation a expiré");
        }
        apply(new LoginEmailChangedEvent(memberId, command.requestId(), requestedEmail));
    }

    @CommandHandler
    void handle(ChangeNameCommand command) {
        if (!command.name().equals(name)) apply(new NameChangedEvent(memberId, command.name()));
    }

    @CommandHandler
    void handle(ChangeNotificationSettingsCommand command) {
        if (!command.settings().equals(notificationSettings)) {
            apply(new NotificationSettingsChangedEvent(memberId, command.settings()));
        }
    }

    @CommandHandler
    void handle(ChangeVisibilityCommand command) {
        if (command.visibility() != visibility) apply(new VisibilityChangedEvent(memberId, command.visibility()));
    }

    @CommandHandler
    void handle(ChangePersonalInfoCommand command) {
        apply(new PersonalInfoChangedEvent(memberId, command.personalInfo()));
    }

    @CommandHandler
    void handle(ChangeCoordinatesCommand command) {
        apply(new CoordinatesChangedEvent(memberId, command.coordinates()));
    }

    @CommandHandler
    void handle(ChangePoliticalActivitiesCommand command) {
        apply(new PoliticalActivitiesChangedEvent(memberId, command.activities()));
    }

    @CommandHandler
    void handle(ChangePublicInfoCommand command) {
        apply(new PublicInfoChangedEvent(memberId, command.publicInfo()));
    }

    @CommandHandler
    void handle(ChangeStatusCommand command) {
        apply(new StatusChangedEvent(memberId, command.status()));
    }

    @CommandHandler
    void handle(ChangeAvatarCommand command) {
        apply(new AvatarChangedEvent(memberId, command.avatar()));
    }

    @CommandHandler
    void handle(MoveMemberCommand command, SectionMembership membership) {
        if (command.toSection().equals(sectionId)) {
            throw new ConflictException("already_in_section", "ce membre est déjà dans cette section");
        }
        if (sectionId != null && membership.isSecretary(memberId, sectionId)) {
            throw new RuleViolationException("still_secretary",
                    "un secrétaire doit d'abord redevenir simple membre de sa section pour en changer");
        }
        apply(new MemberMovedEvent(memberId, sectionId, federationId, command.toSection(), command.toFederation()));
    }

    /** INV-5: fills blanks only; when the row brings nothing new, nothing is recorded (a re-import changes nothing). */
    @CommandHandler
    void handle(MergeImportedPersonCommand command) {
        EmailAddress newEmail = email == null ? command.email() : null;
        Coordinates mergedCoordinates = coordinates.withBlanksFrom(command.coordinates());
        PersonalInfo mergedInfo = personalInfo.withBlanksFrom(command.personalInfo());
        String mergedNumber = membershipNumber != null ? membershipNumber : command.membershipNumber();
        LocalDate mergedDate = membershipDate != null ? membershipDate : command.membershipDate();
        boolean changed = newEmail != null || !mergedCoordinates.equals(coordinates) || !mergedInfo.equals(personalInfo)
                || !Objects.equals(mergedNumber, membershipNumber) || !Objects.equals(mergedDate, membershipDate);
        if (changed) {
            apply(new ImportedDataMergedEvent(memberId, command.importId(), newEmail, mergedCoordinates, mergedInfo,
                    Objects.equals(mergedNumber, membershipNumber) ? null : mergedNumber, mergedDate));
        }
    }

    /**
     * INV-7: the import that created this person is undone. They are removed — erased, as GDPR-2 erases, the import
     * named — if nothing but that import has touched their record since: not invited, not activated, not changed.
     */
    @CommandHandler
    UndoOutcome handle(WithdrawImportedPersonCommand command) {
        String id = memberId.value();
        if (state == AccountState.ACTIVE) return UndoOutcome.kept(id, "la personne a activé son compte");
        if (state == AccountState.INVITED) return UndoOutcome.kept(id, "la personne a été invitée");
        // Created at sequence 0, then only merges of that same import: any other event is a change since.
        if (AggregateLifecycle.getVersion() != importFills.mergesBy(command.importId())) {
            return UndoOutcome.kept(id, "la fiche a été modifiée depuis l'import");
        }
        apply(new MemberErasedEvent(memberId, true, command.importId()));
        return UndoOutcome.removed(id);
    }

    /**
     * INV-7: the import that filled blanks of this record is undone: the fields still holding what it wrote are
     * emptied — the e-mail only while nobody has been invited with it, as it is their login.
     */
    @CommandHandler
    UndoOutcome handle(WithdrawImportedDataCommand command) {
        String id = memberId.value();
        if (importFills.mergesBy(command.importId()) == 0) return UndoOutcome.unchanged(id);
        Set<ImportField> withdrawn = importFills.unchangedFrom(command.importId());
        List<String> reasons = new ArrayList<>();
        if (!importFills.changedSince(command.importId()).isEmpty()) {
            reasons.add("modifié depuis : " + names(importFills.changedSince(command.importId())));
        }
        if (withdrawn.contains(ImportField.EMAIL) && state != AccountState.TO_INVITE) {
            withdrawn.remove(ImportField.EMAIL);
            reasons.add("l'e-mail sert à " + (state == AccountState.ACTIVE ? "son compte" : "son invitation"));
        }
        String reason = reasons.isEmpty() ? null : String.join(" ; ", reasons);
        if (withdrawn.isEmpty()) return UndoOutcome.kept(id, reason);
        ImportFills.Values emptied = importable().without(withdrawn);
        apply(new ImportedDataWithdrawnEvent(memberId, command.importId(), withdrawn.contains(ImportField.EMAIL),
                emptied.coordinates(), emptied.personalInfo(), withdrawn.contains(ImportField.MEMBERSHIP_NUMBER),
                emptied.membershipDate(), names(withdrawn)));
        return UndoOutcome.emptied(id, names(withdrawn), reason);
    }

    private static List<String> names(Set<ImportField> fields) {
        return fields.stream().map(Enum::name).toList();
    }

    /** The values an import may fill, as they stand. */
    private ImportFills.Values importable() {
        return new ImportFills.Values(email, coordinates, personalInfo, membershipNumber, membershipDate);
    }

    /**
     * An invitation asked for again within a minute of the pending one (a double click, a retried request)
     * is that same invitation: no new link, which would void the one just e-mailed, and no second e-mail.
     * Both expire at their asking time plus the same validity, so the expiries tell the asking times apart.
     */
    private boolean isRepeat(Instant expiresAt) {
        return Duration.between(invitation.expiresAt(), expiresAt).abs().compareTo(REPEAT_WINDOW) < 0;
    }

    /** MOD-2: accepting the version already accepted records nothing. */
    @CommandHandler
    void handle(AcceptCharterCommand command) {
        requireActive();
        if (command.charterVersion().equals(charterVersion)) return;
        apply(new CharterAcceptedEvent(memberId, command.charterVersion()));
    }

    /** GDPR-2: nothing more is done to an erased person; they answer as if they had never existed. */
    @CommandHandlerInterceptor
    void refuseOnceErased() {
        if (erased) throw new NotFoundException();
    }

    /**
     * GDPR-2: the member erases their account, or a secretary erases a person of their section who never activated
     * one (an active member's account is theirs to delete).
     */
    @CommandHandler
    void handle(EraseMemberCommand command) {
        if (command.bySecretaryOf() != null) {
            if (!command.bySecretaryOf().equals(sectionId)) throw new NotFoundException();
            if (state == AccountState.ACTIVE) {
                throw new RuleViolationException("account_active", "seul le membre peut supprimer un compte activé");
            }
        }
        apply(new MemberErasedEvent(memberId, command.bySecretaryOf() != null));
    }

    private void requireActive() {
        if (state != AccountState.ACTIVE) {
            throw new RuleViolationException("account_inactive", "ce compte n'est pas actif");
        }
    }

    @EventSourcingHandler
    void on(PersonToInviteCreatedEvent event) {
        memberId = event.memberId();
        email = event.email();
        name = event.name();
        state = event.email() == null ? AccountState.INCOMPLETE : AccountState.TO_INVITE;
        sectionId = event.sectionId();
        federationId = event.federationId();
        coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        personalInfo = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        membershipNumber = event.membershipNumber();
        membershipDate = event.membershipDate();
        visibility = Visibility.NETWORK;
        notificationSettings = NotificationSettings.ALL_ON;
    }

    @EventSourcingHandler
    void on(MemberInvitedEvent event) {
        state = AccountState.INVITED;
        invitation = new PendingLink(event.invitationId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(InvitationAcceptedEvent event) {
        state = AccountState.ACTIVE;
        invitation = null;
        charterVersion = event.charterVersion();
    }

    @EventSourcingHandler
    void on(CharterAcceptedEvent event) {
        charterVersion = event.charterVersion();
    }

    @EventSourcingHandler
    void on(PasswordResetRequestedEvent event) {
        passwordReset = new PendingLink(event.resetId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(PasswordResetEvent event) {
        passwordReset = null;
    }

    @EventSourcingHandler
    void on(LoginEmailChangeRequestedEvent event) {
        emailChange = new PendingLink(event.requestId(), event.expiresAt());
        requestedEmail = event.newEmail();
    }

    @EventSourcingHandler
    void on(LoginEmailChangedEvent event) {
        ImportFills.Values before = importable();
        email = event.email();
        importFills.changed(before, importable());
        emailChange = null;
        requestedEmail = null;
    }

    @EventSourcingHandler
    void on(NameChangedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(NotificationSettingsChangedEvent event) {
        notificationSettings = event.settings();
    }

    @EventSourcingHandler
    void on(VisibilityChangedEvent event) {
        visibility = event.visibility();
    }

    @EventSourcingHandler
    void on(CoordinatesChangedEvent event) {
        ImportFills.Values before = importable();
        coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        importFills.changed(before, importable());
    }

    @EventSourcingHandler
    void on(PersonalInfoChangedEvent event) {
        ImportFills.Values before = importable();
        personalInfo = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        importFills.changed(before, importable());
    }

    @EventSourcingHandler
    void on(ImportedDataMergedEvent event) {
        ImportFills.Values before = importable();
        if (event.email() != null) {
            email = event.email();
            if (state == AccountState.INCOMPLETE) state = AccountState.TO_INVITE;
        }
        coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        personalInfo = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        if (event.membershipNumber() != null) membershipNumber = event.membershipNumber();
        membershipDate = event.membershipDate();
        importFills.merged(event.importId(), before, importable());
    }

    @EventSourcingHandler
    void on(ImportedDataWithdrawnEvent event) {
        if (event.emailWithdrawn()) {
            email = null;
            if (state == AccountState.TO_INVITE) state = AccountState.INCOMPLETE;
        }
        coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        personalInfo = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        if (event.membershipNumberWithdrawn()) membershipNumber = null;
        membershipDate = event.membershipDate();
        Set<ImportField> fields = EnumSet.noneOf(ImportField.class);
        event.fields().forEach(name -> fields.add(ImportField.valueOf(name)));
        importFills.withdrawn(event.importId(), fields);
    }

    @EventSourcingHandler
    void on(MemberMovedEvent event) {
        sectionId = event.toSection();
        federationId = event.toFederation();
    }

    @EventSourcingHandler
    void on(MemberErasedEvent event) {
        erased = true;
        state = AccountState.ERASED;
        email = null;
        requestedEmail = null;
        name = null;
        coordinates = Coordinates.NONE;
        personalInfo = PersonalInfo.NONE;
        membershipNumber = null;
        membershipDate = null;
        invitation = null;
        passwordReset = null;
        emailChange = null;
        importFills.clear();
    }

    /** A single-use link's id and the instant it stops working. */
    private record PendingLink(String id, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
