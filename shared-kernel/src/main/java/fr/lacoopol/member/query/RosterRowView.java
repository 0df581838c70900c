package fr.lacoopol.member.query;

import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.Visibility;
import java.time.Instant;
import java.util.List;

/** DIR-4 / SEC-2 row. {@code zones}: the zones the member is localised in. */
public record RosterRowView(
        String memberId,
        String firstName,
        String lastName,
        MembershipType membershipType,
        Visibility visibility,
        String email,
        String phone,
        String accountState,
        Instant lastAccess,
        List<ZoneRef> zones) {
}
