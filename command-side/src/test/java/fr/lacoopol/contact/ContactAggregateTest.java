package fr.lacoopol.contact;

import fr.lacoopol.contact.command.AddContactCommand;
import fr.lacoopol.contact.command.ChangeContactCommand;
import fr.lacoopol.contact.command.DeleteContactCommand;
import fr.lacoopol.contact.command.UnsubscribeContactCommand;
import fr.lacoopol.contact.event.ContactAddedEvent;
import fr.lacoopol.contact.event.ContactChangedEvent;
import fr.lacoopol.contact.event.ContactDeletedEvent;
import fr.lacoopol.contact.event.ContactUnsubscribedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.PersonName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactAggregateTest {

    private static final ContactId CONTACT = new ContactId("c-1");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final ContactDetails HELENE = new ContactDetails(new PersonName("Hélène", "Dupuis"),
            "Association des commerçants", new EmailAddress("helene.dupuis@exemple.fr"));
    private static final ContactDetails HELENE_MOVED = new ContactDetails(new PersonName("Hélène", "Dupuis"),
            "Association des commerçants", new EmailAddress("helene@autre.exemple.fr"));
    private static final ContactAddedEvent ADDED = new ContactAddedEvent(CONTACT, SECTION, HELENE);

    private FixtureConfiguration<ContactAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ContactAggregate.class);
    }

    @Test
    void aContactIsAdded() {
        fixture.givenNoPriorActivity()
                .when(new AddContactCommand(CONTACT, SECTION, HELENE))
                .expectEvents(ADDED);
    }

    @Test
    void anEmptyContactIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AddContactCommand(CONTACT, SECTION, null))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void aChangeIsRecordedOnlyWhenSomethingChanged() {
        fixture.given(ADDED)
                .when(new ChangeContactCommand(CONTACT, SECTION, HELENE_MOVED))
                .expectEvents(new ContactChangedEvent(CONTACT, SECTION, HELENE_MOVED));
    }

    @Test
    void theSameDetailsChangeNothing() {
        fixture.given(ADDED)
                .when(new ChangeContactCommand(CONTACT, SECTION, HELENE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherSectionsContactAnswersAsMissing() {
        fixture.given(ADDED)
                .when(new DeleteContactCommand(CONTACT, new SectionId("s-2")))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void unsubscribingTwiceRecordsItOnce() {
        fixture.given(ADDED, new ContactUnsubscribedEvent(CONTACT, SECTION))
                .when(new UnsubscribeContactCommand(CONTACT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aContactIsDeleted() {
        fixture.given(ADDED)
                .when(new DeleteContactCommand(CONTACT, SECTION))
                .expectEvents(new ContactDeletedEvent(CONTACT, SECTION));
    }
}
