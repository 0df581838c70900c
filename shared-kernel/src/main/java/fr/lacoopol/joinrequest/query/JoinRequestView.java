package fr.lacoopol.joinrequest.query;

import java.time.Instant;

/** SEC-4. kind is PRE_REGISTRATION or MEMBER; state PENDING, ACCEPTED or REFUSED. */
public record JoinRequestView(
        String requestId,
        String kind,
        String memberId,
        String firstName,
        String lastName,
        String email,
        String postalCode,
        String state,
        String sectionId,
        String federationId,
        Instant submittedAt,
        Instant decidedAt) {
}
