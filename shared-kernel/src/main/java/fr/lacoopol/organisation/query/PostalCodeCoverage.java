package fr.lacoopol.organisation.query;

/** ACC-5. sectionId is null when the request goes to the federation's referent. */
public record PostalCodeCoverage(String sectionId, String federationId) {
}
