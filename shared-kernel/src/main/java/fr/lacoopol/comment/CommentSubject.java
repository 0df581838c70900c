package fr.lacoopol.comment;

/**
 * What a comment is about: an event or a post (the same comments, their rules and their read model serve both). kind
 * is "event" or "post"; id is the commented aggregate's id.
 */
public record CommentSubject(
        String kind,
        String id) {

    public static CommentSubject event(String eventId) {
        return new CommentSubject("event", eventId);
    }

    public static CommentSubject post(String postId) {
        return new CommentSubject("post", postId);
    }
}
