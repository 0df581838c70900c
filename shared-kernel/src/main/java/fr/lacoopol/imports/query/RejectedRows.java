package fr.lacoopol.imports.query;

import fr.lacoopol.imports.RowOutcome;
import java.util.List;

/** INV-5. */
public record RejectedRows(String fileSha256, String encoding, String delimiter, List<RowOutcome> rows) {
}
