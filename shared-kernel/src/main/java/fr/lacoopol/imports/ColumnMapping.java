package fr.lacoopol.imports;

import java.util.Objects;

/** One column of the file (0-based, as listed at upload) feeding one coopol field. */
public record ColumnMapping(int column, ImportField field) {

    public ColumnMapping {
        Objects.requireNonNull(field, "field");
        if (column < 0) throw new IllegalArgumentException("column < 0");
    }
}
