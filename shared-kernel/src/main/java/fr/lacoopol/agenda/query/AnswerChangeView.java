package fr.lacoopol.agenda.query;

import fr.lacoopol.conversation.query.Participant;
import java.time.Instant;

/** EVT-12: one answer given, changed, or a place given from the waiting list (promoted). */
public record AnswerChangeView(
        Participant member,
        String answer,
        String previous,
        boolean waitlisted,
        boolean promoted,
        Instant at) {
}
