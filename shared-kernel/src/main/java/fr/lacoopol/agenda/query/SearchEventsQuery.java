package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.EventType;
import java.time.LocalDate;

/**
 * EVT-10: upcoming events the viewer may see (P7) by words (title, description, place; accents and case folded),
 * type, dates (Paris days, inclusive), city or postal code (a prefix: "75" is Paris).
 */
public record SearchEventsQuery(
        Viewer viewer,
        String words,
        EventType type,
        LocalDate from,
        LocalDate to,
        String city,
        String postalCode,
        int page,
        int size) {
}
