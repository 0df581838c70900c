package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;

/**
 * GDPR-2: the person is erased. Carries nothing personal: what remains of them in history is that they existed and
 * what they did; their personal fields read as erased once their key is destroyed, which this event causes.
 */
@EventRevision("1")
public record MemberErasedEvent(MemberId memberId, boolean bySecretary) {
}
