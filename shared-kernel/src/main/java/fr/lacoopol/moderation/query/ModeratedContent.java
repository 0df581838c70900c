package fr.lacoopol.moderation.query;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.ContentKind;

/**
 * Content as the moderators see it: who wrote it, their federation (whose referents read the moderation log, MOD-3),
 * a label that names it to its author (a title, the start of a comment), and whether it is hidden now.
 */
public record ModeratedContent(ContentKind kind, String contentId, MemberId authorId, String federationId, String label,
                               boolean hidden) {
}
