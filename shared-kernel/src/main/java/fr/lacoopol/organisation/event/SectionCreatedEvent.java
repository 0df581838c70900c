package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionAddress;

@EventRevision("1")
public record SectionCreatedEvent(
        SectionId sectionId,
        FederationId federationId,
        String name,
        SectionAddress address) {
}
