package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** No hash here: credentials live in the credential store. */
public record PasswordChangedEvent(@DataSubject MemberId memberId) {
}
