package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.MemberStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-6. */
public record ChangeStatusCommand(@TargetAggregateIdentifier MemberId memberId, MemberStatus status) {
}
