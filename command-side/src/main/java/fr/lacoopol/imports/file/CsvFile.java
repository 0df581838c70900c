package fr.lacoopol.imports.file;

import fr.lacoopol.member.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;

/**
 * A member or contact file as a spreadsheet saves it (INV-4): "save as CSV" in Excel or LibreOffice gives
 * `;`, `,` or tab separators, UTF-8 with or without BOM or Windows-1252, quoted cells that may hold line
 * breaks, and a header row. This class tells those apart, refuses what is not such a file with a reason a
 * secretary understands, and reads the rows one at a time so that a large file never sits in memory.
 */
public final class CsvFile {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int PREVIEW_ROWS = 5;
    private static final Tika TIKA = new Tika();

    private final Path path;
    private final Charset charset;
    private final char delimiter;

    private CsvFile(Path path, Charset charset, char delimiter) {
        this.path = path;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    /** A file already inspected (an import under way): its encoding and separator are known. */
    public static CsvFile of(Path path, String encoding, String delimiter) {
        return new CsvFile(path, Charset.forName(encoding), delimiter.charAt(0));
    }

    /** Reads a file's shape, or refuses it (field "file") saying why. */
    public static CsvFile inspect(Path path) {
        try {
            if (Files.size(path) == 0) throw refused("le fichier est vide");
            String type = TIKA.detect(path);
            if (!type.startsWith("text/")) throw refused(notText(type));
            Charset charset = hasUtf8Bom(path) || isUtf8(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String header;
            try (BufferedReader reader = reader(path, charset)) {
                header = reader.readLine();
                while (header != null && header.isBlank()) header = reader.readLine();
            }
            if (header == null) throw refused("le fichier est vide");
            if (header.indexOf('\0') >= 0) throw refused("ce fichier n'est pas un fichier CSV");
            return new CsvFile(path, charset, delimiterOf(header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    public String encoding() {
        return charset.name();
    }

    public String delimiter() {
        return String.valueOf(delimiter);
    }

    /** The header, the first rows, and how many rows follow the header. */
    public record Shape(List<String> columns, List<List<String>> preview, int totalRows) {
    }

    public Shape shape() {
        try (Rows rows = rows()) {
            List<List<String>> preview = new ArrayList<>();
            int total = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                if (preview.size() < PREVIEW_ROWS) preview.add(row.cells());
                total++;
            }
            if (total == 0) throw refused("le fichier ne contient que sa ligne d'en-tête");
            return new Shape(rows.columns(), preview, total);
        }
    }

    /** One row after the header: its line as a spreadsheet numbers it (the header is line 1), and its cells. */
    public record Row(int line, List<String> cells) {
    }

    /** The rows, in order, read as they are needed. Close it. */
    public Rows rows() {
        try {
            Reader reader = reader(path, charset);
            CSVParser parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(reader);
            return new Rows(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    /** Rows of the file; the first record is the header. A malformed file is refused with the line where it breaks. */
    public static final class Rows implements Iterator<Row>, AutoCloseable {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> columns;
        private int line = 1;

        private Rows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            if (!hasNextRecord()) throw refused("le fichier est vide");
            this.columns = cells(records.next());
        }

        public List<String> columns() {
            return columns;
        }

        @Override
        public boolean hasNext() {
            return hasNextRecord();
        }

        @Override
        public Row next() {
            try {
                CSVRecord record = records.next();
                line++;
                return new Row(line, cells(record));
            } catch (UncheckedIOException | IllegalStateException e) {
                throw refused("le fichier est illisible après la ligne " + line + " (guillemet non refermé ?)");
            }
        }

        /** Skips rows already done (an import resumed after a restart). */
        public void skip(int count) {
            for (int i = 0; i < count && hasNext(); i++) next();
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean hasNextRecord() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw refused("le fichier est illisible après la ligne " + line + " (guillemet non refermé ?)");
            }
        }

        private static List<String> cells(CSVRecord record) {
            List<String> cells = new ArrayList<>(record.size());
            for (String value : record) cells.add(value == null ? "" : value.strip().replace("\uFEFF", ""));
            return cells;
        }
    }

    private static BufferedReader reader(Path path, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in = new java.io.BufferedInputStream(in);
            in.mark(3);
            byte[] start = in.readNBytes(3);
            if (!java.util.Arrays.equals(start, UTF8_BOM)) in.reset();
        }
        return new BufferedReader(new InputStreamReader(in, charset));
    }

    private static boolean hasUtf8Bom(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return java.util.Arrays.equals(in.readNBytes(3), UTF8_BOM);
        }
    }

    /** Valid UTF-8 from end to end (a Windows-1252 file with accents is not). */
    private static boolean isUtf8(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator the header uses most, outside quotes: `;` (Excel in French), `,` or tab. */
    private static char delimiterOf(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (semicolons == 0 && commas == 0 && tabs == 0) {
            throw refused("la ligne d'en-tête n'a pas de séparateur (; , ou tabulation) : ce n'est pas un fichier CSV de colonnes");
        }
        if (semicolons >= commas && semicolons >= tabs) return ';';
        return tabs > commas ? '\t' : ',';
    }

    private static String notText(String type) {
        if (type.contains("spreadsheet") || type.contains("excel") || type.contains("ooxml") || type.contains("x-tika-msoffice")
                || type.contains("opendocument")) {
            return "c'est un classeur (" + type + ") : enregistre-le au format CSV (« enregistrer sous » .csv) et réessaie";
        }
        return "ce fichier n'est pas un fichier CSV (" + type + ")";
    }

    private static InvalidValueException refused(String reason) {
        return new InvalidValueException("file", reason);
    }
}
