package fr.lacoopol.member.query;

/** A member's name. */
public record MemberName(
        String memberId,
        String firstName,
        String lastName) {
}
