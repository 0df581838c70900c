package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;

/** ACC-4. */
public record PasswordResetEvent(@DataSubject MemberId memberId, String resetId) {
}
