package fr.lacoopol.moderation.query;

import fr.lacoopol.moderation.ContentKind;

/** For the moderators only (MOD-1): one piece of content, whatever its visibility, with who wrote it. */
public record FindModeratedContentQuery(ContentKind kind, String contentId) {
}
