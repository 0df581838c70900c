package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.NotificationSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-1. */
public record ChangeNotificationSettingsCommand(
        @TargetAggregateIdentifier MemberId memberId,
        NotificationSettings settings) {
}
