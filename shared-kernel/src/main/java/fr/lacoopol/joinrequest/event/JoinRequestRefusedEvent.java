package fr.lacoopol.joinrequest.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.SectionId;

/** SEC-4. */
@EventRevision("1")
public record JoinRequestRefusedEvent(
        JoinRequestId requestId,
        SectionId sectionId,
        FederationId federationId) {
}
