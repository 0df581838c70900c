package fr.lacoopol.group.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/**
 * A member or a request is out of the group: they left or withdrew (removedBy is null), or an administrator removed
 * them or refused the request (removedBy is that administrator). wasMember: false for a request.
 */
@EventRevision("1")
public record GroupLeftEvent(
        GroupId groupId,
        MemberId memberId,
        MemberId removedBy,
        boolean wasMember) {
}
