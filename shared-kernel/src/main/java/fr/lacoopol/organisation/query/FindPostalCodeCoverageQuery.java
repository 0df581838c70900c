package fr.lacoopol.organisation.query;

/** ACC-5: who covers a postal code: the one section whose address has it, else the federation of its département. */
public record FindPostalCodeCoverageQuery(String postalCode) {
}
