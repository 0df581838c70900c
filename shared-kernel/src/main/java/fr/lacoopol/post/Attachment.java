package fr.lacoopol.post;

/** An uploaded file of a post, judged by its content: stored under its hash, with the type found in it. */
public record Attachment(
        String sha256,
        String contentType,
        long size,
        String fileName) {
}
