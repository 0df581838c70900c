package fr.lacoopol.agenda.command;

import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * EVT-4, EVT-7: the creator invites members (coopains, or a list, zone or section the API resolved for a secretary
 * or a zone manager). Those already invited are not invited again.
 */
public record InviteCommand(
        @TargetAggregateIdentifier EventId eventId,
        MemberId inviterId,
        List<MemberId> memberIds) {
}
