package fr.lacoopol.group.event;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** A member asked to join a group on request. */
public record GroupJoinRequestedEvent(
        GroupId groupId,
        MemberId memberId) {
}
