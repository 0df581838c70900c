package fr.lacoopol.imports.query;

import java.util.List;

/** INV-7. */
public record ImportsBeingUndone(List<String> importIds) {
}
