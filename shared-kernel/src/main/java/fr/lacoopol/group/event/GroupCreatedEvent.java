package fr.lacoopol.group.event;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** GRP-1: a group, its creator its first member and administrator. */
@EventRevision("1")
public record GroupCreatedEvent(
        GroupId groupId,
        MemberId creatorId,
        String name,
        String description,
        GroupAccess access) {
}
