package fr.lacoopol.member.query;

import fr.lacoopol.ids.MemberId;
import java.util.Set;

/** The members of the question the viewer may see. */
public record VisibleMembers(
        Set<MemberId> memberIds) {
}
