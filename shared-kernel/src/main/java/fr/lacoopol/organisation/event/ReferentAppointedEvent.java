package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;

public record ReferentAppointedEvent(FederationId federationId, MemberId memberId) {
}
