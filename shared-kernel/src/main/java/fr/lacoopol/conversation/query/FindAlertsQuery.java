package fr.lacoopol.conversation.query;

import fr.lacoopol.access.Viewer;

/** NOT-2, DASH-4: the viewer's counters. */
public record FindAlertsQuery(
        Viewer viewer) {
}
