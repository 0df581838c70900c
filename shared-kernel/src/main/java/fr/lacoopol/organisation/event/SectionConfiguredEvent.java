package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.organisation.SectionProfile;

/** SEC-1. The whole profile as configured. */
public record SectionConfiguredEvent(SectionId sectionId, SectionProfile profile) {
}
