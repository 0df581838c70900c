package fr.lacoopol.agenda.event;

import fr.lacoopol.agenda.Answer;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;

/**
 * EVT-5, EVT-12, EVT-13: a member's answer, and the one it replaces (null for a first answer). waitlisted: a yes that
 * found the event full waits for a place. invited: false when a member answered a public event nobody invited them to.
 */
@EventRevision("1")
public record AnswerGivenEvent(
        EventId eventId,
        MemberId memberId,
        Answer answer,
        Answer previousAnswer,
        boolean waitlisted,
        boolean invited) {
}
