package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

/** SEC-3. */
@EventRevision("1")
public record SecretaryDismissedEvent(SectionId sectionId, MemberId memberId) {
}
