package fr.lacoopol.lists;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import fr.lacoopol.identity.SectionMembership;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.lists.command.AddMembersToListCommand;
import fr.lacoopol.lists.command.CreateListCommand;
import fr.lacoopol.lists.command.DeleteListCommand;
import fr.lacoopol.lists.command.RemoveMembersFromListCommand;
import fr.lacoopol.lists.event.ListCreatedEvent;
import fr.lacoopol.lists.event.ListDeletedEvent;
import fr.lacoopol.lists.event.MembersAddedToListEvent;
import fr.lacoopol.lists.event.MembersRemovedFromListEvent;
import fr.lacoopol.member.Text;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A simple list of a section (LST-1). It does not hold its members: who is on it is the read model's to
 * count and show, and a member who moves to another section leaves it there (SEC-5). It only checks that
 * whoever is added belongs to the section at that moment.
 */
@Aggregate
class ListAggregate {

    @AggregateIdentifier
    private ListId listId;
    private SectionId sectionId;

    ListAggregate() {
        // for Axon
    }

    @CommandHandler
    ListAggregate(CreateListCommand command) {
        apply(new ListCreatedEvent(command.listId(), command.sectionId(), Text.required("name", command.name(), 100)));
    }

    @CommandHandler
    void handle(AddMembersToListCommand command, SectionMembership membership) {
        requireSection(command.sectionId());
        Selection.require(command.memberIds());
        membership.requireInSection(sectionId, command.memberIds());
        apply(new MembersAddedToListEvent(listId, sectionId, Selection.copy(command.memberIds())));
    }

    @CommandHandler
    void handle(RemoveMembersFromListCommand command) {
        requireSection(command.sectionId());
        Selection.require(command.memberIds());
        apply(new MembersRemovedFromListEvent(listId, sectionId, Selection.copy(command.memberIds())));
    }

    @CommandHandler
    void handle(DeleteListCommand command) {
        requireSection(command.sectionId());
        apply(new ListDeletedEvent(listId, sectionId));
    }

    /** A list of another section answers as one that does not exist. */
    private void requireSection(SectionId asked) {
        if (sectionId == null || !sectionId.equals(asked)) throw new NotFoundException();
    }

    @EventSourcingHandler
    void on(ListCreatedEvent event) {
        listId = event.listId();
        sectionId = event.sectionId();
    }

    @EventSourcingHandler
    void on(ListDeletedEvent event) {
        markDeleted();
    }
}
