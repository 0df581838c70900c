package fr.lacoopol.member.query;

import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.member.Visibility;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What only the owner and their section's secretaries see (P1–P3); the federation referent sees the e-mail only.
 * Absent fields are null.
 */
public record PrivateProfileData(
        String email,
        Coordinates coordinates,
        PersonalInfo personalInfo,
        PoliticalActivities politicalActivities,
        Visibility visibility,
        NotificationSettings notificationSettings,
        String membershipNumber,
        LocalDate membershipDate,
        Instant lastAccess,
        String accountState) {
}
