package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;

@EventRevision("1")
public record ReferentAppointedEvent(FederationId federationId, MemberId memberId) {
}
