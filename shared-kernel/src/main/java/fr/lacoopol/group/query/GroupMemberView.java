package fr.lacoopol.group.query;

import fr.lacoopol.coopain.query.MemberSummary;
import fr.lacoopol.group.GroupRole;
import java.time.Instant;

/** Someone in a group (or asking to be), since when. */
public record GroupMemberView(
        MemberSummary member,
        GroupRole role,
        Instant since) {
}
