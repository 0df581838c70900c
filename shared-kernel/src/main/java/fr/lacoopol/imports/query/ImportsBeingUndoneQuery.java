package fr.lacoopol.imports.query;

/** INV-7: imports whose undoing is started and not done, for the worker to resume after a restart. */
public record ImportsBeingUndoneQuery() {
}
