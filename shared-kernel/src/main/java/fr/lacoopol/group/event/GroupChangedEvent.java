package fr.lacoopol.group.event;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.GroupId;

/** The group's name, description or access changed. */
@EventRevision("1")
public record GroupChangedEvent(
        GroupId groupId,
        String name,
        String description,
        GroupAccess access) {
}
