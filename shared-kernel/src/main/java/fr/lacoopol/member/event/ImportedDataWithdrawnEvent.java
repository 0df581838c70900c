package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.time.LocalDate;
import java.util.List;

/**
 * INV-7: the blanks an undone import had filled are blank again. Carries the record's values afterwards, as
 * {@link ImportedDataMergedEvent} does; the e-mail and the membership number, when emptied, are flagged instead.
 * fields: the names of the fields emptied (as the import's columns name them).
 */
@EventRevision("1")
public record ImportedDataWithdrawnEvent(
        @DataSubject MemberId memberId,
        ImportId importId,
        boolean emailWithdrawn,
        @PersonalData Coordinates coordinates,
        @PersonalData PersonalInfo personalInfo,
        boolean membershipNumberWithdrawn,
        @PersonalData LocalDate membershipDate,
        List<String> fields) {
}
