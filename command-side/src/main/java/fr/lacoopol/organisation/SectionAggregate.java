package fr.lacoopol.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Text;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A section of a federation and its secretaries. */
@Aggregate
class SectionAggregate {

    @AggregateIdentifier
    private SectionId sectionId;
    private final Set<MemberId> secretaries = new HashSet<>();

    SectionAggregate() {
        // for Axon
    }

    @CommandHandler
    SectionAggregate(CreateSectionCommand command) {
        String name = Text.required("name", command.name(), 120);
        SectionAddress address = command.address();
        if (address != null) {
            address = new SectionAddress(Text.optional("address.street", address.street(), 200),
                    Text.optional("address.postalCode", address.postalCode(), 10),
                    Text.optional("address.city", address.city(), 100));
        }
        apply(new SectionCreatedEvent(command.sectionId(), command.federationId(), name, address));
    }

    @CommandHandler
    void handle(AppointSecretaryCommand command) {
        if (secretaries.contains(command.memberId())) {
            throw new ConflictException("already_secretary", "ce membre est déjà secrétaire de la section");
        }
        apply(new SecretaryAppointedEvent(sectionId, command.memberId()));
    }

    @EventSourcingHandler
    void on(SectionCreatedEvent event) {
        sectionId = event.sectionId();
    }

    @EventSourcingHandler
    void on(SecretaryAppointedEvent event) {
        secretaries.add(event.memberId());
    }
}
