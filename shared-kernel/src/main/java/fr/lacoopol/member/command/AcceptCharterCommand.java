package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** MOD-2, GDPR-3: an active member accepts the charter's version in force (asked again when it changes). */
public record AcceptCharterCommand(@TargetAggregateIdentifier MemberId memberId, String charterVersion) {
}
