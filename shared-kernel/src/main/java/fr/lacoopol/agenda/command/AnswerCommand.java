package fr.lacoopol.agenda.command;

import fr.lacoopol.agenda.Answer;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-5, EVT-13: a member answers yes, no or maybe. sectionId: the member's section, for an event of its space. */
public record AnswerCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        SectionId sectionId,
        Answer answer) {
}
