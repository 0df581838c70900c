package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.EventId;

/** EVT-6: an event's page, empty when the viewer may not see it (P7). */
public record FindEventQuery(
        Viewer viewer,
        EventId eventId) {
}
