package fr.lacoopol.group.event;

import fr.lacoopol.ids.GroupId;

/** GRP-1: the group's picture, by the hash it is stored under. */
public record GroupAvatarChangedEvent(
        GroupId groupId,
        String avatarSha256) {
}
