package fr.lacoopol.contact.command;

import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.ImportId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** CON-2: a row names a contact the section already has (same e-mail): it fills a blank organisation. */
public record MergeImportedContactCommand(
        @TargetAggregateIdentifier ContactId contactId,
        ImportId importId,
        String organisation) {
}
