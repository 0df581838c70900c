package fr.lacoopol.member.query;

import fr.lacoopol.ids.MemberId;
import java.util.List;

/** NOT-1: the e-mail addresses of those of these active members whose switch for this kind of notification is on. */
public record NotificationAddressesQuery(
        List<MemberId> memberIds,
        NotificationKind kind) {
}
