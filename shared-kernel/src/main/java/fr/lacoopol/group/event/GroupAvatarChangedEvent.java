package fr.lacoopol.group.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;

/** GRP-1: the group's picture, by the hash it is stored under. */
@EventRevision("1")
public record GroupAvatarChangedEvent(
        GroupId groupId,
        String avatarSha256) {
}
