package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionAddress;

public record SectionCreatedEvent(
        SectionId sectionId,
        FederationId federationId,
        String name,
        SectionAddress address) {
}
