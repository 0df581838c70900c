package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;

/** PRO-7 / GET /api/me: the profile as the viewer may see it; empty when they may not (P5). */
public record FindMemberProfileQuery(Viewer viewer, MemberId memberId) {
}
