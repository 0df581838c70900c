package fr.lacoopol.member.query;

import java.util.List;

/** SEC-2: the counts of the roster's tabs. */
public record RosterCounts(
        long all,
        long members,
        long supporters,
        List<GroupCount> lists,
        List<GroupCount> zones) {
}
