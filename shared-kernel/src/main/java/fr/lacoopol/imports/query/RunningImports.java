package fr.lacoopol.imports.query;

import java.util.List;

/** INV-6. */
public record RunningImports(List<RunningImport> imports) {
}
