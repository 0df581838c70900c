package fr.lacoopol.group.query;

import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.group.GroupRole;
import java.time.Instant;

/**
 * A group as the viewer sees it: its size (every member, whether the viewer may see their profile or not), the
 * viewer's own place in it (null: none), and for its administrators how many ask to join (null for others).
 */
public record GroupView(
        String groupId,
        String name,
        String description,
        GroupAccess access,
        int memberCount,
        GroupRole myRole,
        Integer pendingRequests,
        Instant createdAt,
        String avatarUrl) {
}
