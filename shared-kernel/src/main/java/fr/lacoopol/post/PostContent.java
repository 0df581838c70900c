package fr.lacoopol.post;

import java.util.List;

/**
 * PST-1: what a post says. title is required; text is the article's sanitised HTML or the other kinds' plain
 * description; url is a link's, an image's given by address, or a video's page; image is an uploaded picture
 * (re-encoded), attachment an uploaded sound or file; tags are folded to lower case, without duplicates.
 */
public record PostContent(
        PostType type,
        String title,
        String text,
        List<String> tags,
        String url,
        VideoEmbed video,
        Attachment image,
        Attachment attachment) {

    public PostContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
