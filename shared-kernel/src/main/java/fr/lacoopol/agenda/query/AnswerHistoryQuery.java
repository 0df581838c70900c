package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.EventId;

/** EVT-12: the history of an event's answers, for its creator; empty for anyone else. */
public record AnswerHistoryQuery(
        Viewer viewer,
        EventId eventId,
        int page,
        int size) {
}
