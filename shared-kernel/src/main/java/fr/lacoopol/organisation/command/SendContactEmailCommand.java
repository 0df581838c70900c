package fr.lacoopol.organisation.command;

import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** CON-3: the secretary writes to selected contacts of the section. */
public record SendContactEmailCommand(
        @TargetAggregateIdentifier SectionId sectionId,
        String mailingId,
        MemberId authorId,
        String subject,
        String body,
        List<ContactId> contactIds) {
}
