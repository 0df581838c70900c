package fr.lacoopol.coopain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.coopain.command.AcceptCoopainRequestCommand;
import fr.lacoopol.coopain.command.AskCoopainCommand;
import fr.lacoopol.coopain.command.RefuseCoopainRequestCommand;
import fr.lacoopol.coopain.command.RemoveCoopainCommand;
import fr.lacoopol.coopain.event.CoopainRemovedEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.coopain.event.CoopainRequestRefusedEvent;
import fr.lacoopol.coopain.event.CoopainRequestedEvent;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The bond between two members (NET): none, asked by one of them, or coopains. One aggregate per pair (its id
 * derives from both members), so that asking twice, asking back, or asking a coopain meets the state that
 * refuses it (NET-5), whatever the read models' lag.
 */
@Aggregate
class CoopainshipAggregate {

    private enum State { NONE, ASKED, COOPAINS }

    @AggregateIdentifier
    private CoopainshipId coopainshipId;
    private State state = State.NONE;
    private MemberId asker;
    private MemberId recipient;

    CoopainshipAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AskCoopainCommand command) {
        if (command.askerId().equals(command.recipientId())) {
            throw new RuleViolationException("coopain_self", "on ne peut pas se demander soi-même en coopain");
        }
        if (!CoopainshipId.between(command.askerId(), command.recipientId()).equals(command.coopainshipId())) {
            throw new IllegalArgumentException("the coopainship id does not belong to these members");
        }
        switch (state) {
            case COOPAINS -> throw new ConflictException("already_coopains", "vous êtes déjà coopains");
            case ASKED -> {
                if (asker.equals(command.askerId())) {
                    throw new ConflictException("coopain_request_pending", "la demande est déjà envoyée et attend sa réponse");
                }
                throw new ConflictException("coopain_request_received",
                        "cette personne t'a déjà fait une demande : il te reste à l'accepter");
            }
            case NONE -> apply(new CoopainRequestedEvent(command.coopainshipId(), command.askerId(), command.recipientId()));
        }
    }

    @CommandHandler
    void handle(AcceptCoopainRequestCommand command) {
        requirePendingFor(command.memberId());
        apply(new CoopainRequestAcceptedEvent(coopainshipId, asker, recipient));
    }

    @CommandHandler
    void handle(RefuseCoopainRequestCommand command) {
        requirePendingFor(command.memberId());
        apply(new CoopainRequestRefusedEvent(coopainshipId, asker, recipient));
    }

    @CommandHandler
    void handle(RemoveCoopainCommand command) {
        if (state != State.COOPAINS || !isOneOfThem(command.memberId())) {
            throw new NotFoundException();
        }
        MemberId other = command.memberId().equals(asker) ? recipient : asker;
        apply(new CoopainRemovedEvent(coopainshipId, command.memberId(), other));
    }

    /** Only the member asked decides; to anyone else, the request does not exist. */
    private void requirePendingFor(MemberId member) {
        if (state != State.ASKED || !recipient.equals(member)) {
            throw new NotFoundException();
        }
    }

    private boolean isOneOfThem(MemberId member) {
        return member.equals(asker) || member.equals(recipient);
    }

    @EventSourcingHandler
    void on(CoopainRequestedEvent event) {
        coopainshipId = event.coopainshipId();
        state = State.ASKED;
        asker = event.askerId();
        recipient = event.recipientId();
    }

    @EventSourcingHandler
    void on(CoopainRequestAcceptedEvent event) {
        state = State.COOPAINS;
    }

    @EventSourcingHandler
    void on(CoopainRequestRefusedEvent event) {
        state = State.NONE;
    }

    @EventSourcingHandler
    void on(CoopainRemovedEvent event) {
        state = State.NONE;
    }
}
