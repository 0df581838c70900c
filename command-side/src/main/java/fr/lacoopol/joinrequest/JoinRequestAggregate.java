package fr.lacoopol.joinrequest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.joinrequest.command.AcceptJoinRequestCommand;
import fr.lacoopol.joinrequest.command.AskToJoinSectionCommand;
import fr.lacoopol.joinrequest.command.RefuseJoinRequestCommand;
import fr.lacoopol.joinrequest.command.SubmitPreRegistrationCommand;
import fr.lacoopol.joinrequest.event.JoinAskedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestAcceptedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestRefusedEvent;
import fr.lacoopol.joinrequest.event.PreRegistrationSubmittedEvent;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A request to join (SEC-4): a pre-registration by someone outside (ACC-5) or a member asking to join
 * another section. It is decided once: accepted or refused.
 */
@Aggregate
class JoinRequestAggregate {

    @AggregateIdentifier
    private JoinRequestId requestId;
    private SectionId sectionId;
    private FederationId federationId;
    private boolean decided;

    JoinRequestAggregate() {
        // for Axon
    }

    @CommandHandler
    JoinRequestAggregate(SubmitPreRegistrationCommand command) {
        if (command.name() == null) throw new InvalidValueException("name", "le prénom et le nom sont obligatoires");
        if (command.email() == null) throw new InvalidValueException("email", "l'adresse e-mail est obligatoire");
        String postalCode = Text.required("postalCode", command.postalCode(), 10);
        Objects.requireNonNull(command.federationId(), "federationId");
        apply(new PreRegistrationSubmittedEvent(command.requestId(), command.sectionId(), command.federationId(),
                command.name(), command.email(), postalCode));
    }

    @CommandHandler
    JoinRequestAggregate(AskToJoinSectionCommand command) {
        apply(new JoinAskedEvent(command.requestId(), command.memberId(), command.sectionId(), command.federationId()));
    }

    @CommandHandler
    void handle(AcceptJoinRequestCommand command) {
        requirePending();
        apply(new JoinRequestAcceptedEvent(requestId, sectionId, federationId, command.memberId()));
    }

    @CommandHandler
    void handle(RefuseJoinRequestCommand command) {
        requirePending();
        apply(new JoinRequestRefusedEvent(requestId, sectionId, federationId));
    }

    private void requirePending() {
        if (decided) throw new ConflictException("request_closed", "cette demande a déjà été traitée");
    }

    @EventSourcingHandler
    void on(PreRegistrationSubmittedEvent event) {
        requestId = event.requestId();
        sectionId = event.sectionId();
        federationId = event.federationId();
    }

    @EventSourcingHandler
    void on(JoinAskedEvent event) {
        requestId = event.requestId();
        sectionId = event.sectionId();
        federationId = event.federationId();
    }

    @EventSourcingHandler
    void on(JoinRequestAcceptedEvent event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(JoinRequestRefusedEvent event) {
        decided = true;
    }
}
