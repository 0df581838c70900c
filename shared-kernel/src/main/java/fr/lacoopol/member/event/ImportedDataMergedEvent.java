package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.LocalDate;

/** INV-5: the values of the person's record after a merge (only emitted when a blank was filled). */
@EventRevision("1")
public record ImportedDataMergedEvent(
        @DataSubject MemberId memberId,
        ImportId importId,
        @PersonalData EmailAddress email,
        @PersonalData Coordinates coordinates,
        @PersonalData PersonalInfo personalInfo,
        @PersonalData String membershipNumber,
        @PersonalData LocalDate membershipDate) {
}
