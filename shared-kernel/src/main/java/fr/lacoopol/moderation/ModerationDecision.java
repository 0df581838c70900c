package fr.lacoopol.moderation;

import fr.lacoopol.ids.MemberId;

/**
 * A moderator's decision on one piece of content: the read models that hold content of its kind hide or show it
 * again, on every read path (MOD-1), and the moderation log records it (MOD-3).
 */
public interface ModerationDecision {

    ContentKind kind();

    String contentId();

    MemberId authorId();

    String federationId();

    String moderator();

    String reason();

    /** Whether the content is hidden after this decision. */
    boolean hidden();
}
