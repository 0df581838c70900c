package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.StoredFile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-1: the section's picture, re-encoded and stored by the API; the event carries its hash only. */
public record ChangeSectionAvatarCommand(
        @TargetAggregateIdentifier SectionId sectionId,
        StoredFile avatar) {
}
