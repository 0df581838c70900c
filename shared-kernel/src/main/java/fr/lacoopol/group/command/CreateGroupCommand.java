package fr.lacoopol.group.command;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** GRP-1: anyone creates a group, and administers it. */
public record CreateGroupCommand(
        GroupId groupId,
        MemberId creatorId,
        String name,
        String description,
        GroupAccess access) {
}
