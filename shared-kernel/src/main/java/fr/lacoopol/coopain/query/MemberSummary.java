package fr.lacoopol.coopain.query;

/** How another member is named in lists: never an e-mail or a coordinate. */
public record MemberSummary(
        String memberId,
        String firstName,
        String lastName,
        String sectionName,
        String avatar) {
}
