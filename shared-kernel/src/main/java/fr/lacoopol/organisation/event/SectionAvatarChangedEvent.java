package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.StoredFile;

/** SEC-1. */
@EventRevision("1")
public record SectionAvatarChangedEvent(
        SectionId sectionId,
        StoredFile avatar) {
}
