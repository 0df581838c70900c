package fr.lacoopol.member.query;

import fr.lacoopol.member.MembershipType;

/** A directory hit: never an e-mail address or a coordinate. */
public record MemberHitView(
        String memberId,
        String firstName,
        String lastName,
        MembershipType membershipType,
        String city,
        String profession,
        String sectionName,
        String avatarUrl) {
}
