package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** ACC-8. */
@EventRevision("1")
public record MemberLoggedInEvent(@DataSubject MemberId memberId) {
}
