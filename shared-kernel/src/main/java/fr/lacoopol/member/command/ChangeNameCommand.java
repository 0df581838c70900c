package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PersonName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-1. */
public record ChangeNameCommand(@TargetAggregateIdentifier MemberId memberId, PersonName name) {
}
