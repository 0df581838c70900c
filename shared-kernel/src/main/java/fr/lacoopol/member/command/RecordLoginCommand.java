package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-8. */
public record RecordLoginCommand(@TargetAggregateIdentifier MemberId memberId) {
}
