package fr.lacoopol.lists.command;

import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-1: members of the list's section only. */
public record AddMembersToListCommand(
        @TargetAggregateIdentifier ListId listId,
        SectionId sectionId,
        Set<MemberId> memberIds) {
}
