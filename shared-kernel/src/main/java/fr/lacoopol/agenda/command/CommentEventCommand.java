package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-6: whoever can see the event comments on it. sectionId: the author's section, for an event of its space. */
public record CommentEventCommand(
        @TargetAggregateIdentifier EventId eventId,
        String commentId,
        MemberId authorId,
        SectionId sectionId,
        String body) {
}
