package fr.lacoopol.post.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.Publication;

/**
 * PST-1 to PST-3, PST-6: a member publishes a post, on their own wall (wallOwnerId null) or on another member's.
 * sectionId: the author's, the space "my section" means.
 */
public record PublishPostCommand(
        PostId postId,
        MemberId authorId,
        SectionId sectionId,
        MemberId wallOwnerId,
        PostContent content,
        Publication publication) {
}
