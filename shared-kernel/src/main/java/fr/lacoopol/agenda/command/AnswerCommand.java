package fr.lacoopol.agenda.command;

import fr.lacoopol.access.Spaces;
import fr.lacoopol.agenda.Answer;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-5, EVT-13: a member answers yes, no or maybe; spaces: theirs, for an event published in a space. */
public record AnswerCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        Spaces spaces,
        Answer answer) {
}
