package fr.lacoopol.group.query;

import java.util.List;

/** A page of a group's members (or requests) the viewer may see, and how many of them there are. */
public record GroupMemberPage(
        List<GroupMemberView> items,
        long total,
        int page,
        int size) {
}
