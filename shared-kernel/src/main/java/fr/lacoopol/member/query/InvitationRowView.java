package fr.lacoopol.member.query;

import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.MembershipType;
import java.time.Instant;

/** INV-2. */
public record InvitationRowView(
        String memberId,
        String firstName,
        String lastName,
        MembershipType membershipType,
        String email,
        AccountState state,
        Instant invitedAt) {
}
