package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** ACC-2, GDPR-3: the charter version accepted; the time is the event's. */
@EventRevision("1")
public record InvitationAcceptedEvent(
        @DataSubject MemberId memberId,
        String invitationId,
        String charterVersion) {
}
