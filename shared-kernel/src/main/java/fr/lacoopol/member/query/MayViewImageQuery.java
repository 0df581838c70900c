package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;

/**
 * Whether the viewer may see the stored image with this hash: it is the avatar of a member whose profile
 * they may see (P4, P5), or of a section while they are a member. Answers a {@link Boolean}.
 */
public record MayViewImageQuery(
        Viewer viewer,
        String sha256) {
}
