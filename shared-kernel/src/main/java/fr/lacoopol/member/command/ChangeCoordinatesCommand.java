package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Coordinates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-3. */
public record ChangeCoordinatesCommand(
        @TargetAggregateIdentifier MemberId memberId,
        Coordinates coordinates) {
}
