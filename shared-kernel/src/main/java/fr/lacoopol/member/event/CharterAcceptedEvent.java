package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;

/** MOD-2, GDPR-3: a new version of the charter accepted; the time is the event's. */
@EventRevision("1")
public record CharterAcceptedEvent(MemberId memberId, String charterVersion) {
}
