package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * GDPR-2: erase a person. {@code bySecretaryOf} is null when the member erases their own account (the password was
 * checked), or the section of the secretary erasing a person of theirs who never activated an account.
 */
public record EraseMemberCommand(@TargetAggregateIdentifier MemberId memberId, SectionId bySecretaryOf) {
}
