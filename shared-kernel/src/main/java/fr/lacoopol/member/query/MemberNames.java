package fr.lacoopol.member.query;

import java.util.List;

/** The names found. */
public record MemberNames(
        List<MemberName> names) {
}
