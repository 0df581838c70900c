package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ACC-3 / PRO-1: ends every session of the member. */
public record ChangePasswordCommand(@TargetAggregateIdentifier MemberId memberId, String passwordHash) {
}
