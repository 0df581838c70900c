package fr.lacoopol.lists;

import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.lists.command.CreateZoneCommand;
import fr.lacoopol.lists.command.DeleteZoneCommand;
import fr.lacoopol.lists.command.LocaliseMembersInZoneCommand;
import fr.lacoopol.lists.event.MembersLocalisedInZoneEvent;
import fr.lacoopol.lists.event.ZoneCreatedEvent;
import fr.lacoopol.lists.event.ZoneDeletedEvent;
import fr.lacoopol.member.InvalidValueException;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoneAggregateTest {

    private static final ZoneId ZONE = new ZoneId("z-1");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final MemberId LEA = new MemberId("m-lea");
    private static final MemberId OUTSIDER = new MemberId("m-victor");
    private static final ZoneCreatedEvent CREATED = new ZoneCreatedEvent(ZONE, SECTION, "Bastille sud", null, LEA);

    private FixtureConfiguration<ZoneAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ZoneAggregate.class);
        fixture.registerInjectableResource(ListAggregateTest.ONLY_LEA);
    }

    @Test
    void aZoneIsCreatedWithItsDescriptionSanitised() {
        fixture.givenNoPriorActivity()
                .when(new CreateZoneCommand(ZONE, SECTION, "Bastille sud",
                        "<p>Marchés <strong>du jeudi</strong><script>alert(1)</script></p>", LEA))
                .expectEvents(new ZoneCreatedEvent(ZONE, SECTION, "Bastille sud",
                        "<p>Marchés <strong>du jeudi</strong></p>", LEA));
    }

    @Test
    void aZoneWithoutAManagerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateZoneCommand(ZONE, SECTION, "Bastille sud", null, null))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void aManagerFromOutsideTheSectionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateZoneCommand(ZONE, SECTION, "Bastille sud", null, OUTSIDER))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aMemberOfTheSectionIsLocalised() {
        fixture.given(CREATED)
                .when(new LocaliseMembersInZoneCommand(ZONE, SECTION, Set.of(LEA)))
                .expectEvents(new MembersLocalisedInZoneEvent(ZONE, SECTION, Set.of(LEA)));
    }

    @Test
    void someoneOutsideTheSectionIsNotLocalised() {
        fixture.given(CREATED)
                .when(new LocaliseMembersInZoneCommand(ZONE, SECTION, Set.of(OUTSIDER)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anotherSectionsZoneAnswersAsMissing() {
        fixture.given(CREATED)
                .when(new DeleteZoneCommand(ZONE, new SectionId("s-2")))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aZoneIsDeleted() {
        fixture.given(CREATED)
                .when(new DeleteZoneCommand(ZONE, SECTION))
                .expectEvents(new ZoneDeletedEvent(ZONE, SECTION));
    }
}
