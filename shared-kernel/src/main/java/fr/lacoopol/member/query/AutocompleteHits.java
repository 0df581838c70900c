package fr.lacoopol.member.query;

import java.util.List;

/** DIR-3. */
public record AutocompleteHits(
        List<AutocompleteHit> items) {
}
