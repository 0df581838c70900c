package fr.lacoopol.organisation;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.organisation.event.FederationCreatedEvent;
import fr.lacoopol.organisation.event.ReferentAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SectionAggregateTest {

    private static final SectionId SECTION = new SectionId("s-1");
    private static final FederationId FEDERATION = new FederationId("f-1");
    private static final MemberId SABINE = new MemberId("m-sabine");

    @Test
    void canCreateASectionWithItsAddressTrimmed() {
        new AggregateTestFixture<>(SectionAggregate.class).givenNoPriorActivity()
                .when(new CreateSectionCommand(SECTION, FEDERATION, " Solferino ",
                        new SectionAddress("10 rue de Solferino", "75007", "Paris ")))
                .expectEvents(new SectionCreatedEvent(SECTION, FEDERATION, "Solferino",
                        new SectionAddress("10 rue de Solferino", "75007", "Paris")));
    }

    @Test
    void cannotAppointTheSameSecretaryTwice() {
        new AggregateTestFixture<>(SectionAggregate.class)
                .given(new SectionCreatedEvent(SECTION, FEDERATION, "Solferino", null),
                        new SecretaryAppointedEvent(SECTION, SABINE))
                .when(new AppointSecretaryCommand(SECTION, SABINE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void canCreateAFederationWithItsReferent() {
        AggregateTestFixture<FederationAggregate> fixture = new AggregateTestFixture<>(FederationAggregate.class);
        fixture.givenNoPriorActivity()
                .when(new CreateFederationCommand(FEDERATION, "Eure-et-Loir", "28"))
                .expectEvents(new FederationCreatedEvent(FEDERATION, "Eure-et-Loir", "28"));
        fixture.given(new FederationCreatedEvent(FEDERATION, "Eure-et-Loir", "28"))
                .when(new AppointReferentCommand(FEDERATION, SABINE))
                .expectEvents(new ReferentAppointedEvent(FEDERATION, SABINE));
    }

    @Test
    void cannotCreateAFederationWithAnUnknownDepartment() {
        new AggregateTestFixture<>(FederationAggregate.class).givenNoPriorActivity()
                .when(new CreateFederationCommand(FEDERATION, "Nulle part", "ZZ"))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }
}
