package fr.lacoopol.joinrequest.event;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

/** SEC-4. */
public record JoinRequestAcceptedEvent(
        JoinRequestId requestId,
        SectionId sectionId,
        FederationId federationId,
        MemberId memberId) {
}
