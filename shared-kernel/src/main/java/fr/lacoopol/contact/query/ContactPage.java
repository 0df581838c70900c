package fr.lacoopol.contact.query;

import java.util.List;

/** CON-1. */
public record ContactPage(List<ContactView> items, long total, int page, int size) {
}
