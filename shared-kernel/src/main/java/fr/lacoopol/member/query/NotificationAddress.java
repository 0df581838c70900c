package fr.lacoopol.member.query;

import fr.lacoopol.ids.MemberId;

/** Where to notify one member, and how to greet them. */
public record NotificationAddress(
        MemberId memberId,
        String email,
        String firstName) {
}
