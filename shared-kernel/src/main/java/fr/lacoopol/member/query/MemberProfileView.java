package fr.lacoopol.member.query;

import fr.lacoopol.member.MemberStatus;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PublicInfo;

/**
 * A member's profile for one viewer. {@code privateData} is null unless the viewer is the owner, a secretary of the
 * owner's section or the federation's referent.
 */
public record MemberProfileView(
        String memberId,
        String firstName,
        String lastName,
        MembershipType membershipType,
        boolean secretary,
        String avatarUrl,
        String birthday,
        String city,
        String country,
        PublicInfo publicInfo,
        MemberStatus status,
        String sectionId,
        String sectionName,
        ProfileCounters counters,
        PrivateProfileData privateData) {
}
