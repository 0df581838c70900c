package fr.lacoopol.lists;

import fr.lacoopol.identity.FixedSectionMembership;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.lists.command.AddMembersToListCommand;
import fr.lacoopol.lists.command.CreateListCommand;
import fr.lacoopol.lists.command.DeleteListCommand;
import fr.lacoopol.lists.event.ListCreatedEvent;
import fr.lacoopol.lists.event.ListDeletedEvent;
import fr.lacoopol.lists.event.MembersAddedToListEvent;
import fr.lacoopol.member.InvalidValueException;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListAggregateTest {

    private static final ListId LIST = new ListId("l-1");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final SectionId OTHER_SECTION = new SectionId("s-2");
    private static final MemberId LEA = new MemberId("m-lea");
    private static final MemberId OUTSIDER = new MemberId("m-victor");
    private static final ListCreatedEvent CREATED = new ListCreatedEvent(LIST, SECTION, "Colleurs");

    private FixtureConfiguration<ListAggregate> fixture;

    /** Léa is the section's only member. */
    static final FixedSectionMembership ONLY_LEA = new FixedSectionMembership(Set.of(LEA), Set.of());

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ListAggregate.class);
        fixture.registerInjectableResource(ONLY_LEA);
    }

    @Test
    void aListIsCreatedWithItsNameTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new CreateListCommand(LIST, SECTION, "  Colleurs "))
                .expectEvents(CREATED);
    }

    @Test
    void aListWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateListCommand(LIST, SECTION, " "))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void aMemberOfTheSectionIsAdded() {
        fixture.given(CREATED)
                .when(new AddMembersToListCommand(LIST, SECTION, Set.of(LEA)))
                .expectEvents(new MembersAddedToListEvent(LIST, SECTION, Set.of(LEA)));
    }

    @Test
    void someoneOutsideTheSectionIsNotAdded() {
        fixture.given(CREATED)
                .when(new AddMembersToListCommand(LIST, SECTION, Set.of(LEA, OUTSIDER)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anEmptySelectionIsRefused() {
        fixture.given(CREATED)
                .when(new AddMembersToListCommand(LIST, SECTION, Set.of()))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void anotherSectionsListAnswersAsMissing() {
        fixture.given(CREATED)
                .when(new DeleteListCommand(LIST, OTHER_SECTION))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aListIsDeleted() {
        fixture.given(CREATED)
                .when(new DeleteListCommand(LIST, SECTION))
                .expectEvents(new ListDeletedEvent(LIST, SECTION));
    }
}
