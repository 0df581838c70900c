package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.FederationId;

public record FederationCreatedEvent(FederationId federationId, String name, String departmentCode) {
}
