package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.Instant;

/**
 * ACC-1. The e-mail and name are repeated so the mailer needs nothing else; the link's token is derived from the
 * invitation id and a server secret, and is never stored.
 */
@EventRevision("1")
public record MemberInvitedEvent(
        @DataSubject MemberId memberId,
        String invitationId,
        Instant expiresAt,
        @PersonalData EmailAddress email,
        @PersonalData PersonName name) {
}
