package fr.lacoopol.agenda.query;

import java.util.List;

/** EVT-11: the entries of a calendar file. */
public record CalendarEntries(
        List<CalendarEntry> entries) {
}
