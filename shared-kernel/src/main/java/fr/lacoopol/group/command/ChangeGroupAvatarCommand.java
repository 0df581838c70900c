package fr.lacoopol.group.command;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** GRP-1: an administrator gives the group its picture, re-encoded and already in the file store. */
public record ChangeGroupAvatarCommand(
        @TargetAggregateIdentifier GroupId groupId,
        MemberId administratorId,
        StoredFile avatar) {
}
