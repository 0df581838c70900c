package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** No hash here: credentials live in the credential store. */
@EventRevision("1")
public record PasswordChangedEvent(@DataSubject MemberId memberId) {
}
