package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-6: a comment's author deletes it; the event's creator and the moderators delete any. */
public record DeleteEventCommentCommand(
        @TargetAggregateIdentifier EventId eventId,
        String commentId,
        MemberId memberId,
        boolean moderator) {
}
