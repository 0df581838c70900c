package fr.lacoopol.agenda.query;

import java.util.List;

/** A page of events and how many there are in all. */
public record EventPage(
        List<EventSummaryView> items,
        long total,
        int page,
        int size) {
}
