package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** ACC-8. */
public record MemberLoggedInEvent(@DataSubject MemberId memberId) {
}
