package fr.lacoopol.agenda.command;

import fr.lacoopol.access.Spaces;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-6: whoever can see the event comments on it; spaces: theirs, for an event published in a space. */
public record CommentEventCommand(
        @TargetAggregateIdentifier EventId eventId,
        String commentId,
        MemberId authorId,
        Spaces spaces,
        String body) {
}
