package fr.lacoopol.member.query;

import java.util.List;

/**
 * A page of the directory. {@code total} is exact when {@code totalExact}; otherwise the directory stopped counting
 * there and holds more: "more than {@code total}".
 */
public record MemberSearchPage(List<MemberHitView> items, long total, boolean totalExact, int page, int size) {
}
