package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PersonalInfo;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-2. */
public record ChangePersonalInfoCommand(
        @TargetAggregateIdentifier MemberId memberId,
        PersonalInfo personalInfo) {
}
