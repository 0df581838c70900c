package fr.lacoopol.coopain.query;

import java.time.Instant;

/** A pending request, and the other member of it. */
public record CoopainRequestView(
        String requestId,
        MemberSummary member,
        Instant askedAt) {
}
