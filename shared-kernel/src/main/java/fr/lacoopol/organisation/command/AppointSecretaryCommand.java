package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AppointSecretaryCommand(@TargetAggregateIdentifier SectionId sectionId, MemberId memberId) {
}
