package fr.lacoopol.joinrequest;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.joinrequest.command.AcceptJoinRequestCommand;
import fr.lacoopol.joinrequest.command.AskToJoinSectionCommand;
import fr.lacoopol.joinrequest.command.RefuseJoinRequestCommand;
import fr.lacoopol.joinrequest.command.SubmitPreRegistrationCommand;
import fr.lacoopol.joinrequest.event.JoinAskedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestAcceptedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestRefusedEvent;
import fr.lacoopol.joinrequest.event.PreRegistrationSubmittedEvent;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.PersonName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JoinRequestAggregateTest {

    private static final JoinRequestId REQUEST = new JoinRequestId("r-1");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final FederationId FEDERATION = new FederationId("f-1");
    private static final MemberId PERSON = new MemberId("m-paul");
    private static final PersonName PAUL = new PersonName("Paul", "Neuf");
    private static final EmailAddress EMAIL = new EmailAddress("paul.neuf@exemple.fr");
    private static final PreRegistrationSubmittedEvent SUBMITTED =
            new PreRegistrationSubmittedEvent(REQUEST, SECTION, FEDERATION, PAUL, EMAIL, "75007");

    private FixtureConfiguration<JoinRequestAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(JoinRequestAggregate.class);
    }

    @Test
    void aPreRegistrationIsSubmitted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPreRegistrationCommand(REQUEST, SECTION, FEDERATION, PAUL, EMAIL, " 75007 "))
                .expectEvents(SUBMITTED);
    }

    @Test
    void aPreRegistrationWithoutAnAddressIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPreRegistrationCommand(REQUEST, SECTION, FEDERATION, PAUL, null, "75007"))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void aMemberAsksToJoinASection() {
        fixture.givenNoPriorActivity()
                .when(new AskToJoinSectionCommand(REQUEST, PERSON, SECTION, FEDERATION))
                .expectEvents(new JoinAskedEvent(REQUEST, PERSON, SECTION, FEDERATION));
    }

    @Test
    void aPendingRequestIsAccepted() {
        fixture.given(SUBMITTED)
                .when(new AcceptJoinRequestCommand(REQUEST, PERSON))
                .expectEvents(new JoinRequestAcceptedEvent(REQUEST, SECTION, FEDERATION, PERSON));
    }

    @Test
    void aPendingRequestIsRefused() {
        fixture.given(SUBMITTED)
                .when(new RefuseJoinRequestCommand(REQUEST))
                .expectEvents(new JoinRequestRefusedEvent(REQUEST, SECTION, FEDERATION));
    }

    @Test
    void anAcceptedRequestCannotBeRefused() {
        fixture.given(SUBMITTED, new JoinRequestAcceptedEvent(REQUEST, SECTION, FEDERATION, PERSON))
                .when(new RefuseJoinRequestCommand(REQUEST))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRefusedRequestCannotBeAccepted() {
        fixture.given(SUBMITTED, new JoinRequestRefusedEvent(REQUEST, SECTION, FEDERATION))
                .when(new AcceptJoinRequestCommand(REQUEST, PERSON))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anAcceptedRequestCannotBeAcceptedAgain() {
        fixture.given(SUBMITTED, new JoinRequestAcceptedEvent(REQUEST, SECTION, FEDERATION, PERSON))
                .when(new AcceptJoinRequestCommand(REQUEST, PERSON))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
