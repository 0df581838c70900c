package fr.lacoopol.group.query;

import java.util.List;

/** A page of groups and how many there are in all. */
public record GroupPage(
        List<GroupView> items,
        long total,
        int page,
        int size) {
}
