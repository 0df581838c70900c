package fr.lacoopol.joinrequest.command;

import fr.lacoopol.ids.JoinRequestId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-4. */
public record RefuseJoinRequestCommand(@TargetAggregateIdentifier JoinRequestId requestId) {
}
