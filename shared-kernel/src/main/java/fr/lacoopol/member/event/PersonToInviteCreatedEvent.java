package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.LocalDate;

/** INV-1. Name, e-mail, coordinates and personal information are the person's personal data. */
@EventRevision("1")
public record PersonToInviteCreatedEvent(
        @DataSubject MemberId memberId,
        FederationId federationId,
        SectionId sectionId,
        MembershipType membershipType,
        @PersonalData PersonName name,
        @PersonalData EmailAddress email,
        @PersonalData Coordinates coordinates,
        @PersonalData PersonalInfo personalInfo,
        @PersonalData String membershipNumber,
        @PersonalData LocalDate membershipDate) {
}
