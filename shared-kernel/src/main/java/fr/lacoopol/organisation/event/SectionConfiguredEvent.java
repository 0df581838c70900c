package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionProfile;

/** SEC-1. The whole profile as configured. */
@EventRevision("1")
public record SectionConfiguredEvent(SectionId sectionId, SectionProfile profile) {
}
