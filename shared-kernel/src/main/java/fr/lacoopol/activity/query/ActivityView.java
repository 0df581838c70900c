package fr.lacoopol.activity.query;

import fr.lacoopol.conversation.query.Participant;
import java.time.Instant;

/**
 * One thing a member did, as the viewer may see it: only the fields of its kind are set (the post's title, the other
 * member, the group's, section's or event's name, the answer, the status).
 */
public record ActivityView(
        String activityId,
        ActivityKind kind,
        Participant member,
        Instant occurredAt,
        String postId,
        String postTitle,
        Participant otherMember,
        String groupId,
        String groupName,
        String sectionId,
        String sectionName,
        String eventId,
        String eventTitle,
        String answer,
        String status) {
}
