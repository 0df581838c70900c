package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.FederationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator creates a federation (a département). */
public record CreateFederationCommand(
        @TargetAggregateIdentifier FederationId federationId,
        String name,
        String departmentCode) {
}
