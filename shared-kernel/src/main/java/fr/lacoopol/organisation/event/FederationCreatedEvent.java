package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;

@EventRevision("1")
public record FederationCreatedEvent(FederationId federationId, String name, String departmentCode) {
}
