package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;
import java.util.List;

/** Which of these members the viewer may see (P4, P5): whom they may write to or ask as a coopain. */
public record VisibleMembersQuery(
        Viewer viewer,
        List<MemberId> memberIds) {
}
