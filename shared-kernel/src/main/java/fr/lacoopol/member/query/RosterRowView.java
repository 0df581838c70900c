package fr.lacoopol.member.query;

import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.Visibility;
import java.time.Instant;

/** DIR-4 / SEC-2 row. */
public record RosterRowView(
        String memberId,
        String firstName,
        String lastName,
        MembershipType membershipType,
        Visibility visibility,
        String email,
        String phone,
        String accountState,
        Instant lastAccess) {
}
