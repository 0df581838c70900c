package fr.lacoopol.agenda.command;

import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * EVT-2, EVT-3, EVT-14: a new event, described, with its invitation (an optional message and attendance target,
 * 0 for none) and its automatic reminder (hours before the start, to those who said yes or maybe; 0 for none).
 * sectionId: the creator's section, whose space the event may be published in.
 */
public record CreateEventCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId creatorId,
        SectionId sectionId,
        EventDescription description,
        String invitationMessage,
        int attendanceTarget,
        int reminderHoursBefore) {
}
