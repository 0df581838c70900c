package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionAddress;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A referent creates a section of their federation. */
public record CreateSectionCommand(
        @TargetAggregateIdentifier SectionId sectionId,
        FederationId federationId,
        String name,
        SectionAddress address) {
}
