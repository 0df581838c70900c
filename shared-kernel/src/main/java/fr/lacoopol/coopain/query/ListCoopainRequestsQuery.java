package fr.lacoopol.coopain.query;

import fr.lacoopol.access.Viewer;

/** NET-2: the viewer's pending requests, received or sent. */
public record ListCoopainRequestsQuery(
        Viewer viewer,
        boolean received,
        int page,
        int size) {
}
