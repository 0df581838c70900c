package fr.lacoopol.imports;

import java.util.List;

/**
 * INV-7: what undoing an import did to one row it had imported or merged — its line, the person concerned, and:
 * REMOVED, the person it created is gone; EMPTIED, the blanks it filled are blank again ({@code fields}); KEPT,
 * nothing could be undone, for {@code reason}; UNCHANGED, the row had changed nothing. A row partly undone is EMPTIED
 * with the reason why the other fields stay.
 */
public record UndoOutcome(int line, Kind kind, String recordId, List<String> fields, String reason) {

    public enum Kind { REMOVED, EMPTIED, KEPT, UNCHANGED }

    public UndoOutcome {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static UndoOutcome removed(String recordId) {
        return new UndoOutcome(0, Kind.REMOVED, recordId, List.of(), null);
    }

    public static UndoOutcome emptied(String recordId, List<String> fields, String reason) {
        return new UndoOutcome(0, Kind.EMPTIED, recordId, fields, reason);
    }

    public static UndoOutcome kept(String recordId, String reason) {
        return new UndoOutcome(0, Kind.KEPT, recordId, List.of(), reason);
    }

    public static UndoOutcome unchanged(String recordId) {
        return new UndoOutcome(0, Kind.UNCHANGED, recordId, List.of(), null);
    }

    /** The same outcome, for the row at this line. */
    public UndoOutcome atLine(int rowLine) {
        return new UndoOutcome(rowLine, kind, recordId, fields, reason);
    }
}
