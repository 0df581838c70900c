package fr.lacoopol.group.command;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator names a member administrator, or withdraws the role (their own too, while another remains). */
public record ChangeGroupAdministratorCommand(
        @TargetAggregateIdentifier GroupId groupId,
        MemberId actorId,
        MemberId memberId,
        boolean administrator) {
}
