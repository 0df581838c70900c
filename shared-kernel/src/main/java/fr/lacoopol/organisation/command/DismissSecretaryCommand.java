package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-3: a secretary goes back to being a member; a section keeps at least one secretary. */
public record DismissSecretaryCommand(@TargetAggregateIdentifier SectionId sectionId, MemberId memberId) {
}
