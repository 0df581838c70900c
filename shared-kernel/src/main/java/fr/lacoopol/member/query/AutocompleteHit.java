package fr.lacoopol.member.query;

/** DIR-3: a name to pick, never an address. */
public record AutocompleteHit(
        String memberId,
        String firstName,
        String lastName,
        String sectionName,
        boolean coopain) {
}
