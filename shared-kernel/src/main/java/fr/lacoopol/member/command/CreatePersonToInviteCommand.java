package fr.lacoopol.member.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-1: a secretary (or a referent, for a referent) records a person to invite. A missing e-mail leaves the person "incomplete". */
public record CreatePersonToInviteCommand(
        @TargetAggregateIdentifier MemberId memberId,
        FederationId federationId,
        SectionId sectionId,
        MembershipType membershipType,
        PersonName name,
        EmailAddress email,
        Coordinates coordinates,
        PersonalInfo personalInfo,
        String membershipNumber,
        LocalDate membershipDate) {
}
