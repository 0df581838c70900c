package fr.lacoopol.coopain.query;

import java.util.List;

/** NET-2. */
public record CoopainRequestPage(
        List<CoopainRequestView> items,
        long total,
        int page,
        int size) {
}
