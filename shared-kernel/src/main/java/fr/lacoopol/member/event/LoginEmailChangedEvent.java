package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

/** ACC-6. */
@EventRevision("1")
public record LoginEmailChangedEvent(
        @DataSubject MemberId memberId,
        String requestId,
        @PersonalData EmailAddress email) {
}
