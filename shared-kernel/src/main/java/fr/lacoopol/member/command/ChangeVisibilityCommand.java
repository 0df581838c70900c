package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-1, P4. */
public record ChangeVisibilityCommand(@TargetAggregateIdentifier MemberId memberId, Visibility visibility) {
}
