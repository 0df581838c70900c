package fr.lacoopol.imports;

import fr.lacoopol.imports.file.CsvFile;
import fr.lacoopol.imports.file.SpreadsheetCells;

import fr.lacoopol.imports.file.CsvFile.Row;
import fr.lacoopol.imports.file.CsvFile.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * INV-5: the rejected rows of an import, as a file to correct and import again: the original header and
 * cells, and a last column with the reason (left unmapped on re-import). Written for Excel in French (UTF-8
 * with BOM, `;`), with every cell that a spreadsheet would run as a formula neutralised.
 */
public final class RejectedRowsCsv {

    public static final String REASON_COLUMN = "motif du rejet";

    private RejectedRowsCsv() {
    }

    /** Copies the rows of {@code file} at these lines (in file order), each with its reason. */
    public static void write(CsvFile file, List<RowOutcome> rejected, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
                    .setRecordSeparator("\r\n").get());
            Iterator<RowOutcome> wanted = rejected.iterator();
            RowOutcome next = wanted.hasNext() ? wanted.next() : null;
            try (Rows rows = file.rows()) {
                List<String> header = new ArrayList<>(rows.columns());
                header.add(REASON_COLUMN);
                printer.printRecord(header.stream().map(SpreadsheetCells::neutralise).toList());
                while (next != null && rows.hasNext()) {
                    Row row = rows.next();
                    if (row.line() != next.line()) continue;
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() < header.size() - 1) cells.add("");
                    cells.add(next.reason());
                    printer.printRecord(cells.stream().map(SpreadsheetCells::neutralise).toList());
                    next = wanted.hasNext() ? wanted.next() : null;
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected rows", e);
        }
    }
}
