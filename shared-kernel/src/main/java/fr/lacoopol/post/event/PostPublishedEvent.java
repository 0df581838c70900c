package fr.lacoopol.post.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.Publication;

/** PST-1 to PST-3, PST-6: a post, where it is published, and on whose wall (null: its author's). */
@EventRevision("1")
public record PostPublishedEvent(
        PostId postId,
        MemberId authorId,
        SectionId sectionId,
        MemberId wallOwnerId,
        PostContent content,
        Publication publication) {
}
