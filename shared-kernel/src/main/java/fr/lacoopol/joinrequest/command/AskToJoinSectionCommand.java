package fr.lacoopol.joinrequest.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** SEC-4: a member asks to join another section. */
public record AskToJoinSectionCommand(
        @TargetAggregateIdentifier JoinRequestId requestId,
        MemberId memberId,
        SectionId sectionId,
        FederationId federationId) {
}
