package fr.lacoopol.member.query;

import java.util.List;

public record RosterPage(List<RosterRowView> items, long total, int page, int size) {
}
