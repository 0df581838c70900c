package fr.lacoopol.lists;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import fr.lacoopol.identity.SectionMembership;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.lists.command.CreateZoneCommand;
import fr.lacoopol.lists.command.DeleteZoneCommand;
import fr.lacoopol.lists.command.LocaliseMembersInZoneCommand;
import fr.lacoopol.lists.command.RemoveMembersFromZoneCommand;
import fr.lacoopol.lists.event.MembersLocalisedInZoneEvent;
import fr.lacoopol.lists.event.MembersRemovedFromZoneEvent;
import fr.lacoopol.lists.event.ZoneCreatedEvent;
import fr.lacoopol.lists.event.ZoneDeletedEvent;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A geographic zone of a section (LST-2): a name, a sanitised rich-text description and a manager among the
 * section's members, who will write to the zone without ever reading who is in it (P6). Like a list, it does
 * not hold its members; it checks that whoever is localised in it belongs to the section.
 */
@Aggregate
class ZoneAggregate {

    static final int MAX_DESCRIPTION = 20_000;

    @AggregateIdentifier
    private ZoneId zoneId;
    private SectionId sectionId;

    ZoneAggregate() {
        // for Axon
    }

    @CommandHandler
    ZoneAggregate(CreateZoneCommand command, SectionMembership membership) {
        String name = Text.required("name", command.name(), 100);
        if (command.managerId() == null) throw new InvalidValueException("managerId", "choisis le responsable de la zone");
        if (command.description() != null && command.description().length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("description", "la description dépasse " + MAX_DESCRIPTION + " caractères");
        }
        membership.requireInSection(command.sectionId(), List.of(command.managerId()));
        apply(new ZoneCreatedEvent(command.zoneId(), command.sectionId(), name, RichText.sanitise(command.description()),
                command.managerId()));
    }

    @CommandHandler
    void handle(LocaliseMembersInZoneCommand command, SectionMembership membership) {
        requireSection(command.sectionId());
        Selection.require(command.memberIds());
        membership.requireInSection(sectionId, command.memberIds());
        apply(new MembersLocalisedInZoneEvent(zoneId, sectionId, Selection.copy(command.memberIds())));
    }

    @CommandHandler
    void handle(RemoveMembersFromZoneCommand command) {
        requireSection(command.sectionId());
        Selection.require(command.memberIds());
        apply(new MembersRemovedFromZoneEvent(zoneId, sectionId, Selection.copy(command.memberIds())));
    }

    @CommandHandler
    void handle(DeleteZoneCommand command) {
        requireSection(command.sectionId());
        apply(new ZoneDeletedEvent(zoneId, sectionId));
    }

    /** A zone of another section answers as one that does not exist. */
    private void requireSection(SectionId asked) {
        if (sectionId == null || !sectionId.equals(asked)) throw new NotFoundException();
    }

    @EventSourcingHandler
    void on(ZoneCreatedEvent event) {
        zoneId = event.zoneId();
        sectionId = event.sectionId();
    }

    @EventSourcingHandler
    void on(ZoneDeletedEvent event) {
        markDeleted();
    }
}
