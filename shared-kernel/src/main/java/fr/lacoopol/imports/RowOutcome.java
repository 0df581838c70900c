package fr.lacoopol.imports;

/**
 * What became of one row of a file (INV-5): its line as a spreadsheet numbers it (the header is line 1),
 * whether it was imported, merged into an existing person or rejected, the person or contact concerned, and
 * for a rejection the reason.
 */
public record RowOutcome(int line, Kind kind, String recordId, String reason) {

    public enum Kind { IMPORTED, MERGED, REJECTED }

    public static RowOutcome imported(int line, String recordId) {
        return new RowOutcome(line, Kind.IMPORTED, recordId, null);
    }

    public static RowOutcome merged(int line, String recordId) {
        return new RowOutcome(line, Kind.MERGED, recordId, null);
    }

    public static RowOutcome rejected(int line, String reason) {
        return new RowOutcome(line, Kind.REJECTED, null, reason);
    }
}
