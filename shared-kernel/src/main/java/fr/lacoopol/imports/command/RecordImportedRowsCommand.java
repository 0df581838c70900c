package fr.lacoopol.imports.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.imports.RowOutcome;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-5/6: what became of rows [fromRow, toRow) of the file; sent in the transaction that imported them. */
public record RecordImportedRowsCommand(
        @TargetAggregateIdentifier ImportId importId,
        int fromRow,
        int toRow,
        List<RowOutcome> outcomes) {
}
