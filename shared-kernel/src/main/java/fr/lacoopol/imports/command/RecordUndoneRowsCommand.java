package fr.lacoopol.imports.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.imports.UndoOutcome;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-7: what undoing did to the import's rows [from, to) — counted among the rows it imported or merged, in line
 * order; sent in the transaction that undid them.
 */
public record RecordUndoneRowsCommand(
        @TargetAggregateIdentifier ImportId importId,
        int from,
        int to,
        List<UndoOutcome> outcomes) {
}
