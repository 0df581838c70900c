package fr.lacoopol.coopain.query;

import java.util.List;

/** NET-3. */
public record CoopainPage(
        List<CoopainView> items,
        long total,
        int page,
        int size) {
}
