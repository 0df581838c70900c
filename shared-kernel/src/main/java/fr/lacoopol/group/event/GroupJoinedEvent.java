package fr.lacoopol.group.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** A member is in the group: they joined an open group, or acceptedBy (an administrator) let them in. */
@EventRevision("1")
public record GroupJoinedEvent(
        GroupId groupId,
        MemberId memberId,
        MemberId acceptedBy) {
}
