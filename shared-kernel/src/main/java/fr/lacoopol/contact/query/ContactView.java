package fr.lacoopol.contact.query;

/** CON-1. */
public record ContactView(
        String contactId,
        String firstName,
        String lastName,
        String organisation,
        String email,
        boolean unsubscribed) {
}
