package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.StoredFile;

/** SEC-1. */
public record SectionAvatarChangedEvent(
        SectionId sectionId,
        StoredFile avatar) {
}
