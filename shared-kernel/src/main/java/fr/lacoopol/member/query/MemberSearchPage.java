package fr.lacoopol.member.query;

import java.util.List;

public record MemberSearchPage(List<MemberHitView> items, long total, int page, int size) {
}
