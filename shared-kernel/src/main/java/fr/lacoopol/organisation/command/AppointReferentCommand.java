package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AppointReferentCommand(
        @TargetAggregateIdentifier FederationId federationId,
        MemberId memberId) {
}
