package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

/** SEC-5. The old section's lists and zones drop the member. */
@EventRevision("1")
public record MemberMovedEvent(
        MemberId memberId,
        SectionId fromSection,
        FederationId fromFederation,
        SectionId toSection,
        FederationId toFederation) {
}
