package fr.lacoopol.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.event.FederationCreatedEvent;
import fr.lacoopol.organisation.event.ReferentAppointedEvent;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A federation (a département) and its web referents. */
@Aggregate
class FederationAggregate {

    @AggregateIdentifier
    private FederationId federationId;
    private final Set<MemberId> referents = new HashSet<>();

    FederationAggregate() {
        // for Axon
    }

    @CommandHandler
    FederationAggregate(CreateFederationCommand command) {
        String name = Text.required("name", command.name(), 120);
        String code = Text.required("departmentCode", command.departmentCode(), 3);
        if (!code.matches("[0-9]{2,3}|2[AB]")) {
            throw new InvalidValueException("departmentCode", "le numéro de département n'est pas valide");
        }
        apply(new FederationCreatedEvent(command.federationId(), name, code));
    }

    @CommandHandler
    void handle(AppointReferentCommand command) {
        if (referents.contains(command.memberId())) {
            throw new ConflictException("already_referent", "ce membre est déjà référent de la fédération");
        }
        apply(new ReferentAppointedEvent(federationId, command.memberId()));
    }

    @EventSourcingHandler
    void on(FederationCreatedEvent event) {
        federationId = event.federationId();
    }

    @EventSourcingHandler
    void on(ReferentAppointedEvent event) {
        referents.add(event.memberId());
    }
}
