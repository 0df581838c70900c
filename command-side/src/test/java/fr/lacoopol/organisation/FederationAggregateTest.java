package fr.lacoopol.organisation;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.event.FederationCreatedEvent;
import fr.lacoopol.organisation.event.ReferentAppointedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FederationAggregateTest {

    private static final FederationId FEDERATION = new FederationId("f-1");
    private static final MemberId CAMILLE = new MemberId("m-camille");
    private static final FederationCreatedEvent CREATED = new FederationCreatedEvent(FEDERATION, "Eure-et-Loir", "28");

    private FixtureConfiguration<FederationAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(FederationAggregate.class);
    }

    @Test
    void aFederationIsCreatedForItsDepartement() {
        fixture.givenNoPriorActivity()
                .when(new CreateFederationCommand(FEDERATION, " Eure-et-Loir ", "28"))
                .expectEvents(CREATED);
    }

    @Test
    void corsicasDepartementsAreKnown() {
        fixture.givenNoPriorActivity()
                .when(new CreateFederationCommand(FEDERATION, "Corse-du-Sud", "2A"))
                .expectEvents(new FederationCreatedEvent(FEDERATION, "Corse-du-Sud", "2A"));
    }

    @Test
    void anUnknownDepartementIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateFederationCommand(FEDERATION, "Nulle part", "ZZ"))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void aReferentIsAppointed() {
        fixture.given(CREATED)
                .when(new AppointReferentCommand(FEDERATION, CAMILLE))
                .expectEvents(new ReferentAppointedEvent(FEDERATION, CAMILLE));
    }

    @Test
    void theSameReferentIsNotAppointedTwice() {
        fixture.given(CREATED, new ReferentAppointedEvent(FEDERATION, CAMILLE))
                .when(new AppointReferentCommand(FEDERATION, CAMILLE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
