package fr.lacoopol.group.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;

/** A member was named administrator of the group, or no longer is (administrator false). */
@EventRevision("1")
public record GroupAdministratorChangedEvent(
        GroupId groupId,
        MemberId memberId,
        MemberId changedBy,
        boolean administrator) {
}
