package fr.lacoopol.organisation.query;

/** A member named on a page: id and name only. */
public record MemberRef(String memberId, String firstName, String lastName) {
}
