package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** EVT-12: once the event has started, the creator says who came (the whole list, replacing an earlier one). */
public record RecordAttendanceCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId memberId,
        List<MemberId> attendeeIds) {
}
