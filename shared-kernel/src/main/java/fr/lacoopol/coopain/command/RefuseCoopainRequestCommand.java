package fr.lacoopol.coopain.command;

import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** NET-2: only the member asked may refuse. */
public record RefuseCoopainRequestCommand(
        @TargetAggregateIdentifier CoopainshipId coopainshipId,
        MemberId memberId) {
}
