package fr.lacoopol.member.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-5: the member joins another section, keeping account and history. */
public record MoveMemberCommand(
        @TargetAggregateIdentifier MemberId memberId,
        SectionId toSection,
        FederationId toFederation) {
}
