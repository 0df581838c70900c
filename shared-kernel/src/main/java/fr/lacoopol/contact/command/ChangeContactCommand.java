package fr.lacoopol.contact.command;

import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** CON-1. The section the caller manages: another section's contact is not found. */
public record ChangeContactCommand(
        @TargetAggregateIdentifier ContactId contactId,
        SectionId sectionId,
        ContactDetails details) {
}
