package fr.lacoopol.member.query;

import java.util.List;

/** SEC-2: a page of the roster, and the counts of its tabs (whatever the filters). */
public record RosterPage(List<RosterRowView> items, long total, int page, int size, RosterCounts counts) {
}
