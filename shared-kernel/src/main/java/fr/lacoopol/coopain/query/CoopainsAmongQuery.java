package fr.lacoopol.coopain.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.VisibleMembers;
import java.util.List;

/** EVT-4: which of these members are the viewer's coopains (answered as {@link VisibleMembers}). */
public record CoopainsAmongQuery(
        Viewer viewer,
        List<MemberId> memberIds) {
}
