package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-1: the secretary configures the section. */
public record ConfigureSectionCommand(
        @TargetAggregateIdentifier SectionId sectionId,
        SectionProfile profile) {
}
