package fr.lacoopol.member.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonalInfo;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-5: a row of a file names a person the section already has (same e-mail or membership number): the row fills what
 * the person's record leaves blank, and changes nothing else.
 */
public record MergeImportedPersonCommand(
        @TargetAggregateIdentifier MemberId memberId,
        ImportId importId,
        EmailAddress email,
        Coordinates coordinates,
        PersonalInfo personalInfo,
        String membershipNumber,
        LocalDate membershipDate) {
}
