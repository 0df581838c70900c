package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.privacy.DataSubject;

@EventRevision("1")
public record NotificationSettingsChangedEvent(
        @DataSubject MemberId memberId,
        NotificationSettings settings) {
}
