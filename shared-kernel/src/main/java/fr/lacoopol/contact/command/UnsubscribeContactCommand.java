package fr.lacoopol.contact.command;

import fr.lacoopol.ids.ContactId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** CON-3: the contact followed the unsubscribe link. */
public record UnsubscribeContactCommand(@TargetAggregateIdentifier ContactId contactId) {
}
