package fr.lacoopol.post.query;

import fr.lacoopol.agenda.query.CommentView;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.VideoEmbed;
import java.time.Instant;
import java.util.List;

/**
 * A post as the viewer may see it. wallOwner: the member on whose wall another wrote it (null on its author's own);
 * file: an uploaded sound or document; mayDelete: the viewer wrote it or owns the wall. comments: only on its
 * page, null in lists.
 */
public record PostView(
        String postId,
        PostType type,
        String title,
        String text,
        List<String> tags,
        String url,
        VideoEmbed video,
        String imageUrl,
        FileView file,
        Participant author,
        Participant wallOwner,
        boolean publicPost,
        boolean inSectionSpace,
        List<String> groupIds,
        Instant publishedAt,
        boolean mayDelete,
        List<CommentView> comments) {

    /** An uploaded sound or document: its name, the type found in its content, its size, its hash, where to fetch it. */
    public record FileView(String name, String contentType, long size, String sha256, String url) {
    }
}
