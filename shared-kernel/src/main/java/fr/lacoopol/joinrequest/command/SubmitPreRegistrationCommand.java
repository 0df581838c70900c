package fr.lacoopol.joinrequest.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ACC-5: anyone asks to join; the request lands with the section covering the postal code, or the federation's
 * referent (sectionId null).
 */
public record SubmitPreRegistrationCommand(
        @TargetAggregateIdentifier JoinRequestId requestId,
        SectionId sectionId,
        FederationId federationId,
        PersonName name,
        EmailAddress email,
        String postalCode) {
}
