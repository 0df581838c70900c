package fr.lacoopol.member.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-7: the import that filled blanks of this person's record is undone: those still holding what it wrote are
 * emptied; the handler answers an {@code UndoOutcome} naming them, and why any other stays.
 */
public record WithdrawImportedDataCommand(
        @TargetAggregateIdentifier MemberId memberId,
        ImportId importId) {
}
