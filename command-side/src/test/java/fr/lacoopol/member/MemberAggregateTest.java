package fr.lacoopol.member;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.identity.CredentialStore;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.identity.FixedSectionMembership;
import fr.lacoopol.member.command.EraseMemberCommand;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.member.command.AcceptCharterCommand;
import fr.lacoopol.member.event.CharterAcceptedEvent;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.command.AcceptInvitationCommand;
import fr.lacoopol.member.command.ChangePasswordCommand;
import fr.lacoopol.member.command.ChangeVisibilityCommand;
import fr.lacoopol.member.command.ConfirmLoginEmailChangeCommand;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.member.command.MergeImportedPersonCommand;
import fr.lacoopol.member.command.MoveMemberCommand;
import fr.lacoopol.member.command.RequestLoginEmailChangeCommand;
import fr.lacoopol.member.command.RequestPasswordResetCommand;
import fr.lacoopol.member.command.ResetPasswordCommand;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangeRequestedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.PasswordChangedEvent;
import fr.lacoopol.member.event.PasswordResetEvent;
import fr.lacoopol.member.event.PasswordResetRequestedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberAggregateTest {

    private static final MemberId MEMBER = new MemberId("m-1");
    private static final FederationId FEDERATION = new FederationId("f-75");
    private static final SectionId SECTION = new SectionId("s-solferino");
    private static final PersonName NAME = new PersonName("Virginie", "Deux");
    private static final EmailAddress EMAIL = new EmailAddress("virginie.deux@demo.lacoopol.fr");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant IN_14_DAYS = NOW.plusSeconds(14 * 86400);

    private AggregateTestFixture<MemberAggregate> fixture;
    private RecordingCredentials credentials;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
        credentials = new RecordingCredentials();
        fixture.registerInjectableResource(credentials);
    }

    @Test
    void anImportedRowFillsOnlyWhatIsBlank() {
        ImportId run = new ImportId("i-1");
        Coordinates known = new Coordinates("01 00 00 00 00", null, "1 rue du Bac", null, "75007", "Paris", null);
        PersonToInviteCreatedEvent withoutEmail = new PersonToInviteCreatedEvent(MEMBER, FEDERATION, SECTION,
                MembershipType.MEMBER, NAME, null, known, PersonalInfo.NONE, "PS-1", null);
        Coordinates row = new Coordinates("09 99 99 99 99", "06 00 00 00 00", "autre rue", null, "75011", "Paris", "France");
        fixture.given(withoutEmail)
                .when(new MergeImportedPersonCommand(MEMBER, run, EMAIL, row, new PersonalInfo(Sex.FEMALE, null), "PS-2", null))
                .expectEvents(new ImportedDataMergedEvent(MEMBER, run, EMAIL,
                        new Coordinates("01 00 00 00 00", "06 00 00 00 00", "1 rue du Bac", null, "75007", "Paris", "France"),
                        new PersonalInfo(Sex.FEMALE, null), null, null));
    }

    @Test
    void anImportedRowThatBringsNothingNewRecordsNothing() {
        fixture.given(created(EMAIL))
                .when(new MergeImportedPersonCommand(MEMBER, new ImportId("i-1"), EMAIL, Coordinates.NONE, PersonalInfo.NONE,
                        null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMemberMovesToAnotherSection() {
        SectionId other = new SectionId("s-bastille");
        fixture.registerInjectableResource(FixedSectionMembership.everyone());
        fixture.given(created(EMAIL))
                .when(new MoveMemberCommand(MEMBER, other, FEDERATION))
                .expectEvents(new MemberMovedEvent(MEMBER, SECTION, FEDERATION, other, FEDERATION));
    }

    @Test
    void aMemberDoesNotMoveToTheSectionTheyAreIn() {
        fixture.registerInjectableResource(FixedSectionMembership.everyone());
        fixture.given(created(EMAIL))
                .when(new MoveMemberCommand(MEMBER, SECTION, FEDERATION))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }


    private static PersonToInviteCreatedEvent created(EmailAddress email) {
        return new PersonToInviteCreatedEvent(MEMBER, FEDERATION, SECTION, MembershipType.MEMBER, NAME, email,
                Coordinates.NONE, PersonalInfo.NONE, null, null);
    }

    private static MemberInvitedEvent invited(String invitationId) {
        return new MemberInvitedEvent(MEMBER, invitationId, IN_14_DAYS, EMAIL, NAME);
    }

    @Test
    void canRecordAPersonToInvite() {
        fixture.givenNoPriorActivity()
                .when(new CreatePersonToInviteCommand(MEMBER, FEDERATION, SECTION, MembershipType.MEMBER, NAME, EMAIL,
                        null, null, null, null))
                .expectEvents(created(EMAIL));
    }

    @Test
    void canInviteAPersonWithAnEmail() {
        fixture.given(created(EMAIL))
                .when(new InviteMemberCommand(MEMBER, "inv-1", IN_14_DAYS))
                .expectEvents(invited("inv-1"));
    }

    @Test
    void anInvitationAskedAgainWithinAMinuteIsTheSameInvitation() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new InviteMemberCommand(MEMBER, "inv-2", IN_14_DAYS.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInvitationAskedAgainLaterReplacesThePendingOne() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new InviteMemberCommand(MEMBER, "inv-2", IN_14_DAYS.plusSeconds(3600)))
                .expectEvents(new MemberInvitedEvent(MEMBER, "inv-2", IN_14_DAYS.plusSeconds(3600), EMAIL, NAME));
    }

    @Test
    void cannotInviteAPersonWithoutEmail() {
        fixture.given(created(null))
                .when(new InviteMemberCommand(MEMBER, "inv-1", IN_14_DAYS))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void canAcceptThePendingInvitationWithTheCharter() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new AcceptInvitationCommand(MEMBER, "inv-1", true, "2026-01", "hash", NOW))
                .expectEvents(new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"));
        assertThat(credentials.stored).containsExactly("hash");
    }

    @Test
    void cannotAcceptWithoutTheCharter() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new AcceptInvitationCommand(MEMBER, "inv-1", false, "2026-01", "hash", NOW))
                .expectExceptionMessage("il faut accepter la charte pour rejoindre la coopol")
                .expectNoEvents();
        assertThat(credentials.stored).isEmpty();
    }

    @Test
    void cannotAcceptAReplacedInvitation() {
        fixture.given(created(EMAIL), invited("inv-1"), invited("inv-2"))
                .when(new AcceptInvitationCommand(MEMBER, "inv-1", true, "2026-01", "hash", NOW))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void cannotAcceptAnExpiredInvitation() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new AcceptInvitationCommand(MEMBER, "inv-1", true, "2026-01", "hash", IN_14_DAYS))
                .expectExceptionMessage("ce lien d'invitation a expiré")
                .expectNoEvents();
    }

    @Test
    void cannotAcceptTheSameInvitationTwice() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new AcceptInvitationCommand(MEMBER, "inv-1", true, "2026-01", "hash", NOW))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void cannotInviteAnActiveMember() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new InviteMemberCommand(MEMBER, "inv-2", IN_14_DAYS))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void changingThePasswordEndsEverySession() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new ChangePasswordCommand(MEMBER, "new-hash"))
                .expectEvents(new PasswordChangedEvent(MEMBER));
        assertThat(credentials.stored).containsExactly("new-hash");
        assertThat(credentials.sessionsEnded).containsExactly(MEMBER);
    }

    @Test
    void canResetThePasswordWithThePendingLinkOnce() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"),
                        new PasswordResetRequestedEvent(MEMBER, "reset-1", IN_14_DAYS, EMAIL, NAME))
                .when(new ResetPasswordCommand(MEMBER, "reset-1", "reset-hash", NOW))
                .expectEvents(new PasswordResetEvent(MEMBER, "reset-1"));
    }

    @Test
    void cannotResetTwiceWithTheSameLink() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"),
                        new PasswordResetRequestedEvent(MEMBER, "reset-1", IN_14_DAYS, EMAIL, NAME),
                        new PasswordResetEvent(MEMBER, "reset-1"))
                .when(new ResetPasswordCommand(MEMBER, "reset-1", "again", NOW))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aPasswordResetIsOnlyForActiveAccounts() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new RequestPasswordResetCommand(MEMBER, "reset-1", IN_14_DAYS))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aNewLoginAddressIsAskedFor() {
        EmailAddress newEmail = new EmailAddress("v.deux@exemple.fr");
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new RequestLoginEmailChangeCommand(MEMBER, "chg-1", newEmail, IN_14_DAYS))
                .expectEvents(new LoginEmailChangeRequestedEvent(MEMBER, "chg-1", IN_14_DAYS, newEmail, NAME));
    }

    @Test
    void theNewLoginAddressCountsOnceConfirmed() {
        EmailAddress newEmail = new EmailAddress("v.deux@exemple.fr");
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"),
                        new LoginEmailChangeRequestedEvent(MEMBER, "chg-1", IN_14_DAYS, newEmail, NAME))
                .when(new ConfirmLoginEmailChangeCommand(MEMBER, "chg-1", NOW))
                .expectEvents(new LoginEmailChangedEvent(MEMBER, "chg-1", newEmail));
    }

    @Test
    void choosingTheSameVisibilityAgainRecordsNothing() {
        fixture.given(created(EMAIL), new VisibilityChangedEvent(MEMBER, Visibility.EVERYONE))
                .when(new ChangeVisibilityCommand(MEMBER, Visibility.EVERYONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMemberAcceptsANewVersionOfTheCharterOnceAndOnlyWhenActive() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new AcceptCharterCommand(MEMBER, "2026-06"))
                .expectEvents(new CharterAcceptedEvent(MEMBER, "2026-06"));
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new AcceptCharterCommand(MEMBER, "2026-01"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(EMAIL))
                .when(new AcceptCharterCommand(MEMBER, "2026-01"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aMemberErasesTheirActiveAccountAndNothingIsDoneToThemAfterwards() {
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new EraseMemberCommand(MEMBER, null))
                .expectEvents(new MemberErasedEvent(MEMBER, false));
        fixture.given(created(EMAIL), new MemberErasedEvent(MEMBER, true))
                .when(new InviteMemberCommand(MEMBER, "inv-2", IN_14_DAYS))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(created(EMAIL), new MemberErasedEvent(MEMBER, false))
                .when(new EraseMemberCommand(MEMBER, null))
                .expectException(NotFoundException.class);
    }

    @Test
    void aSecretaryErasesOnlyAPersonOfTheirSectionWhoNeverActivated() {
        fixture.given(created(EMAIL), invited("inv-1"))
                .when(new EraseMemberCommand(MEMBER, SECTION))
                .expectEvents(new MemberErasedEvent(MEMBER, true));
        fixture.given(created(EMAIL))
                .when(new EraseMemberCommand(MEMBER, new SectionId("s-other")))
                .expectException(NotFoundException.class);
        fixture.given(created(EMAIL), invited("inv-1"), new InvitationAcceptedEvent(MEMBER, "inv-1", "2026-01"))
                .when(new EraseMemberCommand(MEMBER, SECTION))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static final class RecordingCredentials implements CredentialStore {
        final List<String> stored = new ArrayList<>();
        final List<MemberId> sessionsEnded = new ArrayList<>();

        @Override
        public void storePasswordHash(MemberId memberId, String passwordHash) {
            stored.add(passwordHash);
        }

        @Override
        public void endSessions(MemberId memberId) {
            sessionsEnded.add(memberId);
        }
    }
}
