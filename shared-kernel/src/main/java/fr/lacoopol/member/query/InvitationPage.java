package fr.lacoopol.member.query;

import java.util.List;

/** INV-2. */
public record InvitationPage(
        List<InvitationRowView> items,
        long total,
        int page,
        int size,
        InvitationCounts counts) {
}
