package fr.lacoopol.member.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-7: the import that created this person is undone. They are removed — erased, as GDPR-2 erases — unless they
 * have been invited or changed since; the handler answers an {@code UndoOutcome} either way.
 */
public record WithdrawImportedPersonCommand(
        @TargetAggregateIdentifier MemberId memberId,
        ImportId importId) {
}
