package fr.lacoopol.conversation;

import fr.lacoopol.conversation.command.DeleteConversationForMemberCommand;
import fr.lacoopol.conversation.command.MarkConversationCommand;
import fr.lacoopol.conversation.command.ReplyCommand;
import fr.lacoopol.conversation.command.StartConversationCommand;
import fr.lacoopol.conversation.event.ConversationDeletedForMemberEvent;
import fr.lacoopol.conversation.event.ConversationMarkedEvent;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ConversationAggregateTest {

    private static final ConversationId ID = new ConversationId("c-1");
    private static final MemberId SABINE = new MemberId("sabine");
    private static final MemberId LEA = new MemberId("lea");
    private static final MemberId NOE = new MemberId("noe");
    private static final MemberId OUTSIDER = new MemberId("outsider");
    private static final ConversationStartedEvent DISCUSSION = new ConversationStartedEvent(ID, "m-1", SABINE,
            List.of(LEA, NOE), "Réunion", "Jeudi 19h", false, false, null);

    private static final SectionId SECTION = new SectionId("s-1");
    private static final ConversationStartedEvent BROADCAST = new ConversationStartedEvent(ID, "m-1", SABINE, List.of(LEA, NOE),
            "Tract", "Distribution dimanche", true, true, null);
    private static final ConversationStartedEvent SECTION_MESSAGE = new ConversationStartedEvent(ID, "m-1", SABINE,
            List.of(LEA, NOE), "AG", "Assemblée générale samedi", false, true, SECTION);

    @Test
    void aConversationIsStartedWithEachRecipientOnceAndNotTheAuthor() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(LEA, NOE, SABINE, LEA), " Réunion ", "Jeudi 19h",
                        false, null))
                .expectEvents(DISCUSSION);
    }

    @Test
    void aConversationNeedsSomeoneElseToWriteTo() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(SABINE), "Réunion", "Jeudi", false, null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aConversationNeedsABody() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(LEA), "Réunion", "  ", false, null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aSubjectOver200CharactersIsRefused() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(LEA), "x".repeat(201), "Jeudi", false, null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void inADiscussionEveryReplyGoesToAllTheOthers() {
        fixture().given(DISCUSSION).when(new ReplyCommand(ID, "m-2", LEA, "J'y serai"))
                .expectEvents(new MessagePostedEvent(ID, "m-2", LEA, "J'y serai", List.of(NOE, SABINE), true));
    }

    @Test
    void someoneOutsideTheConversationCannotReply() {
        fixture().given(DISCUSSION).when(new ReplyCommand(ID, "m-2", OUTSIDER, "Moi aussi"))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aBroadcastHidesItsRecipientsAndTakesNoReply() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(LEA, NOE), "Tract", "Distribution dimanche", true, null))
                .expectEvents(BROADCAST);
    }

    @Test
    void aBroadcastsRecipientCannotAnswer() {
        fixture().given(BROADCAST).when(new ReplyCommand(ID, "m-2", LEA, "D'accord"))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aBroadcastsAuthorWritesAgainToAll() {
        fixture().given(BROADCAST).when(new ReplyCommand(ID, "m-2", SABINE, "Rendez-vous à 9h"))
                .expectEvents(new MessagePostedEvent(ID, "m-2", SABINE, "Rendez-vous à 9h", List.of(LEA, NOE), true));
    }

    @Test
    void aSectionsMessageHidesItsRecipients() {
        fixture().givenNoPriorActivity()
                .when(new StartConversationCommand(ID, "m-1", SABINE, List.of(LEA, NOE), "AG", "Assemblée générale samedi",
                        false, SECTION))
                .expectEvents(SECTION_MESSAGE);
    }

    @Test
    void aReplyToASectionsMessageGoesToTheAuthorOnly() {
        fixture().given(SECTION_MESSAGE).when(new ReplyCommand(ID, "m-2", NOE, "Présent"))
                .expectEvents(new MessagePostedEvent(ID, "m-2", NOE, "Présent", List.of(SABINE), false));
    }

    @Test
    void aParticipantMarksItForThemself() {
        fixture().given(DISCUSSION).when(new MarkConversationCommand(ID, LEA, true))
                .expectEvents(new ConversationMarkedEvent(ID, LEA, true));
    }

    @Test
    void aParticipantDeletesItForThemself() {
        fixture().given(DISCUSSION).when(new DeleteConversationForMemberCommand(ID, SABINE))
                .expectEvents(new ConversationDeletedForMemberEvent(ID, SABINE));
    }

    @Test
    void someoneOutsideTheConversationCannotMarkIt() {
        fixture().given(DISCUSSION).when(new MarkConversationCommand(ID, OUTSIDER, false))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    private static AggregateTestFixture<ConversationAggregate> fixture() {
        return new AggregateTestFixture<>(ConversationAggregate.class);
    }
}
