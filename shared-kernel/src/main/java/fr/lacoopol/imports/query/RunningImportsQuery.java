package fr.lacoopol.imports.query;

/** INV-6: imports mapped and not finished, for the worker to resume after a restart. */
public record RunningImportsQuery() {
}
