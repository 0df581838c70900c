package fr.lacoopol.joinrequest.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;

/** SEC-4: the requests of a section, or (sectionId null) those a federation's referent handles. */
public record ListJoinRequestsQuery(
        Viewer viewer,
        SectionId sectionId,
        FederationId federationId,
        String state,
        int page,
        int size) {
}
