package fr.lacoopol.coopain.command;

import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** NET-1: the asker asks the recipient to become coopains. */
public record AskCoopainCommand(
        @TargetAggregateIdentifier CoopainshipId coopainshipId,
        MemberId askerId,
        MemberId recipientId) {
}
