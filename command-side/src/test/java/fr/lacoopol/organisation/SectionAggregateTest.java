package fr.lacoopol.organisation;

import fr.lacoopol.identity.FixedSectionMembership;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.ConfigureSectionCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.organisation.command.DismissSecretaryCommand;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.organisation.event.SectionConfiguredEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SectionAggregateTest {

    private static final SectionId SECTION = new SectionId("s-1");
    private static final FederationId FEDERATION = new FederationId("f-1");
    private static final MemberId SABINE = new MemberId("m-sabine");
    private static final MemberId VIRGINIE = new MemberId("m-virginie");
    private static final MemberId OUTSIDER = new MemberId("m-victor");

    @Test
    void canCreateASectionWithItsAddressTrimmed() {
        new AggregateTestFixture<>(SectionAggregate.class).givenNoPriorActivity()
                .when(new CreateSectionCommand(SECTION, FEDERATION, " Solferino ",
                        new SectionAddress("10 rue de Solferino", "75007", "Paris ")))
                .expectEvents(new SectionCreatedEvent(SECTION, FEDERATION, "Solferino",
                        new SectionAddress("10 rue de Solferino", "75007", "Paris")));
    }

    private static AggregateTestFixture<SectionAggregate> section() {
        AggregateTestFixture<SectionAggregate> fixture = new AggregateTestFixture<>(SectionAggregate.class);
        fixture.registerInjectableResource(new FixedSectionMembership(Set.of(SABINE, VIRGINIE), Set.of(SABINE)));
        return fixture;
    }

    private static final SectionCreatedEvent CREATED = new SectionCreatedEvent(SECTION, FEDERATION, "Solferino", null);
    private static final SectionProfile PROFILE = new SectionProfile("Solferino", null, "75007", "Paris", null, null,
            "https://solferino.exemple.fr", null, null, SABINE, List.of(VIRGINIE));

    @Test
    void aMemberIsPromotedSecretary() {
        section().given(CREATED, new SecretaryAppointedEvent(SECTION, SABINE))
                .when(new AppointSecretaryCommand(SECTION, VIRGINIE))
                .expectEvents(new SecretaryAppointedEvent(SECTION, VIRGINIE));
    }

    @Test
    void aSecretaryIsDismissed() {
        section().given(CREATED, new SecretaryAppointedEvent(SECTION, SABINE), new SecretaryAppointedEvent(SECTION, VIRGINIE))
                .when(new DismissSecretaryCommand(SECTION, VIRGINIE))
                .expectEvents(new SecretaryDismissedEvent(SECTION, VIRGINIE));
    }

    @Test
    void theLastSecretaryStays() {
        section().given(CREATED, new SecretaryAppointedEvent(SECTION, SABINE))
                .when(new DismissSecretaryCommand(SECTION, SABINE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void someoneOutsideTheSectionIsNotAppointedSecretary() {
        section().given(CREATED)
                .when(new AppointSecretaryCommand(SECTION, OUTSIDER))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void someoneOutsideTheSectionIsNotInItsBureau() {
        SectionProfile withOutsider = new SectionProfile("Solferino", null, "75007", "Paris", null, null, null, null, null,
                SABINE, List.of(VIRGINIE, OUTSIDER));
        section().given(CREATED)
                .when(new ConfigureSectionCommand(SECTION, withOutsider))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theSectionIsConfiguredWithItsTreasurerAndBureau() {
        section().given(CREATED)
                .when(new ConfigureSectionCommand(SECTION, PROFILE))
                .expectEvents(new SectionConfiguredEvent(SECTION, PROFILE));
    }

    @Test
    void configuringTheSameAgainRecordsNothing() {
        section().given(CREATED, new SectionConfiguredEvent(SECTION, PROFILE))
                .when(new ConfigureSectionCommand(SECTION, PROFILE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotAppointTheSameSecretaryTwice() {
        section().given(new SectionCreatedEvent(SECTION, FEDERATION, "Solferino", null),
                        new SecretaryAppointedEvent(SECTION, SABINE))
                .when(new AppointSecretaryCommand(SECTION, SABINE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
