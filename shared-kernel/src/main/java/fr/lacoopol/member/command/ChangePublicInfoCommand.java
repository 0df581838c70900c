package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PublicInfo;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-5. */
public record ChangePublicInfoCommand(@TargetAggregateIdentifier MemberId memberId, PublicInfo publicInfo) {
}
