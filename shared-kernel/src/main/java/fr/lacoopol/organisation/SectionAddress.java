package fr.lacoopol.organisation;

/** A section's postal address. */
public record SectionAddress(String street, String postalCode, String city) {
}
