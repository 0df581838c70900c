package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** ACC-4. */
@EventRevision("1")
public record PasswordResetEvent(@DataSubject MemberId memberId, String resetId) {
}
