package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;

/** INV-2: state is to-invite, sent or incomplete. */
public record SearchInvitationsQuery(
        Viewer viewer,
        SectionId sectionId,
        AccountState state,
        int page,
        int size) {
}
