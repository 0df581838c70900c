package fr.lacoopol.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import fr.lacoopol.contact.command.AddContactCommand;
import fr.lacoopol.contact.command.ChangeContactCommand;
import fr.lacoopol.contact.command.DeleteContactCommand;
import fr.lacoopol.contact.command.MergeImportedContactCommand;
import fr.lacoopol.contact.command.UnsubscribeContactCommand;
import fr.lacoopol.contact.event.ContactAddedEvent;
import fr.lacoopol.contact.event.ContactChangedEvent;
import fr.lacoopol.contact.event.ContactDeletedEvent;
import fr.lacoopol.contact.event.ContactUnsubscribedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person outside la coopol a section writes to (CON-1): one per e-mail in a section (the access lookup's
 * unique constraint guards it). Unsubscribing is for good: no e-mail of the section reaches them again.
 */
@Aggregate
class ContactAggregate {

    @AggregateIdentifier
    private ContactId contactId;
    private SectionId sectionId;
    private ContactDetails details;
    private boolean unsubscribed;

    ContactAggregate() {
        // for Axon
    }

    @CommandHandler
    ContactAggregate(AddContactCommand command) {
        if (command.details() == null) throw new InvalidValueException("details", "le contact est vide");
        apply(new ContactAddedEvent(command.contactId(), command.sectionId(), command.details()));
    }

    @CommandHandler
    void handle(ChangeContactCommand command) {
        requireSection(command.sectionId());
        if (command.details() == null) throw new InvalidValueException("details", "le contact est vide");
        if (!command.details().equals(details)) apply(new ContactChangedEvent(contactId, sectionId, command.details()));
    }

    /** CON-2: fills a blank organisation; anything else the section already knows stays as it is. */
    @CommandHandler
    void handle(MergeImportedContactCommand command) {
        if (details != null && details.organisation() == null && command.organisation() != null) {
            apply(new ContactChangedEvent(contactId, sectionId,
                    new ContactDetails(details.name(), command.organisation(), details.email())));
        }
    }

    @CommandHandler
    void handle(UnsubscribeContactCommand command) {
        if (!unsubscribed) apply(new ContactUnsubscribedEvent(contactId, sectionId));
    }

    @CommandHandler
    void handle(DeleteContactCommand command) {
        requireSection(command.sectionId());
        apply(new ContactDeletedEvent(contactId, sectionId));
    }

    /** A contact of another section answers as one that does not exist. */
    private void requireSection(SectionId asked) {
        if (sectionId == null || !sectionId.equals(asked)) {
            throw new NotFoundException();
        }
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        contactId = event.contactId();
        sectionId = event.sectionId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(ContactChangedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ContactUnsubscribedEvent event) {
        unsubscribed = true;
    }

    @EventSourcingHandler
    void on(ContactDeletedEvent event) {
        markDeleted();
    }
}
