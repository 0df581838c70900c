package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.EventId;

/**
 * EVT-11: the viewer's calendar: one event they may see (eventId set), or their agenda (yes, maybe, and what they
 * created) from 30 days back, cancelled events included so that calendars show them cancelled.
 */
public record CalendarQuery(
        Viewer viewer,
        EventId eventId) {
}
