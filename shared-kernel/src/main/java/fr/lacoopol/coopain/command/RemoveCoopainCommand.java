package fr.lacoopol.coopain.command;

import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** NET-3: either coopain may end the bond. */
public record RemoveCoopainCommand(
        @TargetAggregateIdentifier CoopainshipId coopainshipId,
        MemberId memberId) {
}
