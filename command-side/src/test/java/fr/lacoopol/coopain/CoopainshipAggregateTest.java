package fr.lacoopol.coopain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.coopain.command.AcceptCoopainRequestCommand;
import fr.lacoopol.coopain.command.AskCoopainCommand;
import fr.lacoopol.coopain.command.RefuseCoopainRequestCommand;
import fr.lacoopol.coopain.command.RemoveCoopainCommand;
import fr.lacoopol.coopain.event.CoopainRemovedEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.coopain.event.CoopainRequestRefusedEvent;
import fr.lacoopol.coopain.event.CoopainRequestedEvent;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CoopainshipAggregateTest {

    private static final MemberId LEA = new MemberId("lea");
    private static final MemberId NOE = new MemberId("noe");
    private static final MemberId INES = new MemberId("ines");
    private static final CoopainshipId PAIR = CoopainshipId.between(LEA, NOE);
    private static final CoopainRequestedEvent ASKED = new CoopainRequestedEvent(PAIR, LEA, NOE);
    private static final CoopainRequestAcceptedEvent ACCEPTED = new CoopainRequestAcceptedEvent(PAIR, LEA, NOE);

    @Test
    void thePairHasOneIdWhoeverAsks() {
        assertThat(CoopainshipId.between(NOE, LEA)).isEqualTo(PAIR);
        assertThat(CoopainshipId.between(LEA, INES)).isNotEqualTo(PAIR);
    }

    @Test
    void aRequestIsAsked() {
        fixture().givenNoPriorActivity().when(new AskCoopainCommand(PAIR, LEA, NOE)).expectEvents(ASKED);
    }

    @Test
    void theMemberAskedAccepts() {
        fixture().given(ASKED).when(new AcceptCoopainRequestCommand(PAIR, NOE)).expectEvents(ACCEPTED);
    }

    @Test
    void theAskerCannotAcceptTheirOwnRequest() {
        fixture().given(ASKED).when(new AcceptCoopainRequestCommand(PAIR, LEA))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void theMemberAskedRefuses() {
        fixture().given(ASKED).when(new RefuseCoopainRequestCommand(PAIR, NOE))
                .expectEvents(new CoopainRequestRefusedEvent(PAIR, LEA, NOE));
    }

    @Test
    void anAcceptedRequestIsNoLongerPending() {
        fixture().given(ASKED, ACCEPTED).when(new AcceptCoopainRequestCommand(PAIR, NOE))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void askingOneselfIsRefused() {
        CoopainshipId self = CoopainshipId.between(LEA, LEA);
        fixture().givenNoPriorActivity().when(new AskCoopainCommand(self, LEA, LEA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("on ne peut pas se demander soi-même en coopain").expectNoEvents();
    }

    @Test
    void askingTwiceIsRefused() {
        fixture().given(ASKED).when(new AskCoopainCommand(PAIR, LEA, NOE))
                .expectException(ConflictException.class)
                .expectExceptionMessage("la demande est déjà envoyée et attend sa réponse").expectNoEvents();
    }

    @Test
    void askingBackIsRefusedWithWhatIsLeftToDo() {
        fixture().given(ASKED).when(new AskCoopainCommand(PAIR, NOE, LEA))
                .expectException(ConflictException.class)
                .expectExceptionMessage("cette personne t'a déjà fait une demande : il te reste à l'accepter").expectNoEvents();
    }

    @Test
    void askingACoopainIsRefused() {
        fixture().given(ASKED, ACCEPTED).when(new AskCoopainCommand(PAIR, NOE, LEA))
                .expectException(ConflictException.class).expectExceptionMessage("vous êtes déjà coopains").expectNoEvents();
    }

    @Test
    void eitherCoopainEndsTheBond() {
        fixture().given(ASKED, ACCEPTED).when(new RemoveCoopainCommand(PAIR, NOE))
                .expectEvents(new CoopainRemovedEvent(PAIR, NOE, LEA));
    }

    @Test
    void aPendingRequestIsNotABondToEnd() {
        fixture().given(ASKED).when(new RemoveCoopainCommand(PAIR, LEA))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void anEndedBondCanBeAskedAgain() {
        fixture().given(ASKED, ACCEPTED, new CoopainRemovedEvent(PAIR, LEA, NOE)).when(new AskCoopainCommand(PAIR, NOE, LEA))
                .expectEvents(new CoopainRequestedEvent(PAIR, NOE, LEA));
    }

    @Test
    void aRefusedRequestCanBeAskedAgain() {
        fixture().given(ASKED, new CoopainRequestRefusedEvent(PAIR, LEA, NOE)).when(new AskCoopainCommand(PAIR, LEA, NOE))
                .expectEvents(ASKED);
    }

    private static AggregateTestFixture<CoopainshipAggregate> fixture() {
        return new AggregateTestFixture<>(CoopainshipAggregate.class);
    }
}
