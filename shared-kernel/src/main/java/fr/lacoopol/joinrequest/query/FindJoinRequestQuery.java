package fr.lacoopol.joinrequest.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.JoinRequestId;

/** SEC-4: one request, for whoever decides it. */
public record FindJoinRequestQuery(Viewer viewer, JoinRequestId requestId) {
}
