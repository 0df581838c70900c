package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.Instant;

/** ACC-4. */
@EventRevision("1")
public record PasswordResetRequestedEvent(
        @DataSubject MemberId memberId,
        String resetId,
        Instant expiresAt,
        @PersonalData EmailAddress email,
        @PersonalData PersonName name) {
}
