package fr.lacoopol.group.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** A member asked to join a group on request. */
@EventRevision("1")
public record GroupJoinRequestedEvent(
        GroupId groupId,
        MemberId memberId) {
}
