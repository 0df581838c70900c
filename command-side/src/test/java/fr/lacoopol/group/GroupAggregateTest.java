package fr.lacoopol.group;

import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.group.command.ChangeGroupAdministratorCommand;
import fr.lacoopol.group.command.ChangeGroupAvatarCommand;
import fr.lacoopol.group.command.ChangeGroupCommand;
import fr.lacoopol.group.command.CreateGroupCommand;
import fr.lacoopol.group.command.JoinGroupCommand;
import fr.lacoopol.group.command.RemoveFromGroupCommand;
import fr.lacoopol.group.event.GroupAdministratorChangedEvent;
import fr.lacoopol.group.event.GroupAvatarChangedEvent;
import fr.lacoopol.group.event.GroupChangedEvent;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinRequestedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.group.event.GroupLeftEvent;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.StoredFile;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupAggregateTest {

    private static final GroupId GROUP = new GroupId("g-1");
    private static final MemberId SOPHIE = new MemberId("m-sophie");
    private static final MemberId VICTOR = new MemberId("m-victor");
    private static final MemberId LEA = new MemberId("m-lea");
    private static final GroupCreatedEvent OPEN = new GroupCreatedEvent(GROUP, SOPHIE, "Colleurs du 7e", null,
            GroupAccess.OPEN);
    private static final GroupCreatedEvent ON_REQUEST = new GroupCreatedEvent(GROUP, SOPHIE, "Colleurs du 7e", null,
            GroupAccess.ON_REQUEST);

    private FixtureConfiguration<GroupAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(GroupAggregate.class);
    }

    @Test
    void aGroupIsCreatedOpenByDefaultWithItsNameTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroupCommand(GROUP, SOPHIE, "  Colleurs du 7e ", " ", null))
                .expectEvents(OPEN);
    }

    @Test
    void aGroupWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroupCommand(GROUP, SOPHIE, " ", null, GroupAccess.OPEN))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void anOpenGroupIsJoinedAtOnceAndOnlyOnce() {
        fixture.given(OPEN)
                .when(new JoinGroupCommand(GROUP, VICTOR, VICTOR))
                .expectEvents(new GroupJoinedEvent(GROUP, VICTOR, null))
                .expectResultMessagePayload(GroupRole.MEMBER);
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new JoinGroupCommand(GROUP, VICTOR, VICTOR))
                .expectNoEvents()
                .expectResultMessagePayload(GroupRole.MEMBER);
    }

    @Test
    void aGroupOnRequestWaitsForAnAdministrator() {
        fixture.given(ON_REQUEST)
                .when(new JoinGroupCommand(GROUP, VICTOR, VICTOR))
                .expectEvents(new GroupJoinRequestedEvent(GROUP, VICTOR))
                .expectResultMessagePayload(GroupRole.REQUESTED);
        fixture.given(ON_REQUEST, new GroupJoinRequestedEvent(GROUP, VICTOR))
                .when(new JoinGroupCommand(GROUP, SOPHIE, VICTOR))
                .expectEvents(new GroupJoinedEvent(GROUP, VICTOR, SOPHIE));
    }

    @Test
    void onlyAnAdministratorAcceptsAndOnlyWhoAsked() {
        fixture.given(ON_REQUEST, new GroupJoinRequestedEvent(GROUP, VICTOR), new GroupJoinRequestedEvent(GROUP, LEA))
                .when(new JoinGroupCommand(GROUP, LEA, VICTOR))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(ON_REQUEST)
                .when(new JoinGroupCommand(GROUP, SOPHIE, VICTOR))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAdministratorRefusesARequestAndRemovesAMember() {
        fixture.given(ON_REQUEST, new GroupJoinRequestedEvent(GROUP, VICTOR))
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, VICTOR))
                .expectEvents(new GroupLeftEvent(GROUP, VICTOR, SOPHIE, false));
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, VICTOR))
                .expectEvents(new GroupLeftEvent(GROUP, VICTOR, SOPHIE, true));
    }

    @Test
    void aMemberCannotRemoveAnother() {
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null), new GroupJoinedEvent(GROUP, LEA, null))
                .when(new RemoveFromGroupCommand(GROUP, VICTOR, LEA))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aMemberLeavesAndLeavingTwiceChangesNothing() {
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new RemoveFromGroupCommand(GROUP, VICTOR, VICTOR))
                .expectEvents(new GroupLeftEvent(GROUP, VICTOR, null, true));
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null), new GroupLeftEvent(GROUP, VICTOR, null, true))
                .when(new RemoveFromGroupCommand(GROUP, VICTOR, VICTOR))
                .expectNoEvents();
    }

    @Test
    void removingSomeoneWhoIsNotThereIsNotFound() {
        fixture.given(OPEN)
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, VICTOR))
                .expectException(NotFoundException.class);
    }

    @Test
    void theLastAdministratorStaysWhileOthersRemain() {
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, SOPHIE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new ChangeGroupAdministratorCommand(GROUP, SOPHIE, SOPHIE, false))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAdministratorNamesAnotherThenMayLeave() {
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new ChangeGroupAdministratorCommand(GROUP, SOPHIE, VICTOR, true))
                .expectEvents(new GroupAdministratorChangedEvent(GROUP, VICTOR, SOPHIE, true));
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null),
                        new GroupAdministratorChangedEvent(GROUP, VICTOR, SOPHIE, true))
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, SOPHIE))
                .expectEvents(new GroupLeftEvent(GROUP, SOPHIE, null, true));
    }

    @Test
    void onlyAMemberIsNamedAdministrator() {
        fixture.given(ON_REQUEST, new GroupJoinRequestedEvent(GROUP, VICTOR))
                .when(new ChangeGroupAdministratorCommand(GROUP, SOPHIE, VICTOR, true))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theLastMemberLeavesAndWhoeverComesNextAdministers() {
        fixture.given(OPEN)
                .when(new RemoveFromGroupCommand(GROUP, SOPHIE, SOPHIE))
                .expectEvents(new GroupLeftEvent(GROUP, SOPHIE, null, true));
        fixture.given(OPEN, new GroupLeftEvent(GROUP, SOPHIE, null, true))
                .when(new JoinGroupCommand(GROUP, VICTOR, VICTOR))
                .expectEvents(new GroupJoinedEvent(GROUP, VICTOR, null),
                        new GroupAdministratorChangedEvent(GROUP, VICTOR, null, true))
                .expectResultMessagePayload(GroupRole.ADMINISTRATOR);
    }

    @Test
    void openingAGroupLetsInWhoWaited() {
        fixture.given(ON_REQUEST, new GroupJoinRequestedEvent(GROUP, VICTOR))
                .when(new ChangeGroupCommand(GROUP, SOPHIE, "Colleurs", "Tous les samedis", GroupAccess.OPEN))
                .expectEvents(new GroupChangedEvent(GROUP, "Colleurs", "Tous les samedis", GroupAccess.OPEN),
                        new GroupJoinedEvent(GROUP, VICTOR, SOPHIE));
    }

    @Test
    void onlyAnAdministratorChangesThePicture() {
        StoredFile picture = new StoredFile("ab".repeat(32), "image/png", 1_000);
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new ChangeGroupAvatarCommand(GROUP, VICTOR, picture))
                .expectException(ForbiddenException.class);
        fixture.given(OPEN)
                .when(new ChangeGroupAvatarCommand(GROUP, SOPHIE, picture))
                .expectEvents(new GroupAvatarChangedEvent(GROUP, picture.sha256()));
    }

    @Test
    void onlyAnAdministratorChangesTheGroup() {
        fixture.given(OPEN, new GroupJoinedEvent(GROUP, VICTOR, null))
                .when(new ChangeGroupCommand(GROUP, VICTOR, "Autre", null, GroupAccess.OPEN))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }
}
