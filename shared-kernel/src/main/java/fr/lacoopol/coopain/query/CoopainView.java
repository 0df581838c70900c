package fr.lacoopol.coopain.query;

import java.time.Instant;

/** NET-3: a coopain with their last connection. */
public record CoopainView(
        MemberSummary member,
        Instant lastAccess,
        Instant since) {
}
