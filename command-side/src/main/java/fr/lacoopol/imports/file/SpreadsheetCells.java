package fr.lacoopol.imports.file;

/**
 * CSV injection: a cell starting with {@code =}, {@code +}, {@code -}, {@code @} (or a tab or carriage return
 * before one) is run as a formula by spreadsheets. Every CSV we produce prefixes such a cell with an
 * apostrophe, which spreadsheets show as text; an import takes the apostrophe off again, so that a file we
 * produced re-imports as it was ("+33 6…" stays a phone number).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
