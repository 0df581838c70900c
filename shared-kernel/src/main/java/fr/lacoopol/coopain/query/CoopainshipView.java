package fr.lacoopol.coopain.query;

/** NONE, ASKED (by the viewer), RECEIVED (from the other) or COOPAINS. */
public record CoopainshipView(
        String coopainshipId,
        String state) {
}
