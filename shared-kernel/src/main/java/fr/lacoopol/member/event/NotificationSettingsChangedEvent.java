package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.privacy.DataSubject;

public record NotificationSettingsChangedEvent(
        @DataSubject MemberId memberId,
        NotificationSettings settings) {
}
