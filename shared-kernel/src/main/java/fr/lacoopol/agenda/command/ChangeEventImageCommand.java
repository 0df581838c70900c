package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-2: the creator illustrates the event with an image, re-encoded and already in the file store. */
public record ChangeEventImageCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        StoredFile image) {
}
