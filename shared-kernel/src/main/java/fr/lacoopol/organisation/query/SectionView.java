package fr.lacoopol.organisation.query;

import java.util.List;

/**
 * SEC-1. Treasurer and bureau list only the members the viewer may see; memberCount is for those who manage
 * the section. {@code configurationVersion} is the section's event sequence number of the configuration shown.
 */
public record SectionView(
        String sectionId,
        String name,
        String avatar,
        String street,
        String postalCode,
        String city,
        String country,
        String phone,
        String website,
        String facebook,
        String twitter,
        String federationId,
        String federationName,
        List<MemberRef> secretaries,
        MemberRef treasurer,
        List<MemberRef> bureau,
        Long memberCount,
        long configurationVersion) {
}
