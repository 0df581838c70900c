package fr.lacoopol.contact.query;

import java.util.List;

/** CON-3. */
public record Contacts(List<ContactView> items) {
}
