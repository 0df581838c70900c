package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.Instant;

/** ACC-6. */
@EventRevision("1")
public record LoginEmailChangeRequestedEvent(
        @DataSubject MemberId memberId,
        String requestId,
        Instant expiresAt,
        @PersonalData EmailAddress newEmail,
        @PersonalData PersonName name) {
}
