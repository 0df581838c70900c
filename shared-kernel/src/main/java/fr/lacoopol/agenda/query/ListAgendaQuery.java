package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;

/** EVT-9, DASH-1: a tab of the viewer's agenda, upcoming events first (cancelled ones stay, marked). */
public record ListAgendaQuery(
        Viewer viewer,
        AgendaTab tab,
        AgendaScope scope,
        int page,
        int size) {
}
