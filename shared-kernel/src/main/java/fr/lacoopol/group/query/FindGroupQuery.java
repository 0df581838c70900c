package fr.lacoopol.group.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.GroupId;

/** A group's page, empty when there is no such group. */
public record FindGroupQuery(
        Viewer viewer,
        GroupId groupId) {
}
