package fr.lacoopol.group.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.GroupId;

/**
 * Who is in a group, as far as the viewer may see them (P4: a hidden profile is not listed, nor counted); requests:
 * who asks to join instead, for the group's administrators only.
 */
public record ListGroupMembersQuery(
        Viewer viewer,
        GroupId groupId,
        boolean requests,
        int page,
        int size) {
}
