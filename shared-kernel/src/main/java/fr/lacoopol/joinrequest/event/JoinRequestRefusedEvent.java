package fr.lacoopol.joinrequest.event;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.SectionId;

/** SEC-4. */
public record JoinRequestRefusedEvent(
        JoinRequestId requestId,
        SectionId sectionId,
        FederationId federationId) {
}
