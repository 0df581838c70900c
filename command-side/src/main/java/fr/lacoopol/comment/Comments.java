package fr.lacoopol.comment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Text;
import java.util.HashMap;
import java.util.Map;

/**
 * The comments of an aggregate that has them (an event, a post): who wrote each one still shown. The owning aggregate
 * decides who may see, hence comment; this class holds the rest of the rules. Kept in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Comments {

    public static final int BODY_MAX = 5_000;

    /** Comment id → its author's id. */
    private final Map<String, String> authors = new HashMap<>();

    /** A new comment's event; a comment id already used changes nothing (a retried request). */
    public CommentAddedEvent add(CommentSubject subject, String commentId, MemberId author, String body) {
        String text = Text.requiredParagraphs("body", body, BODY_MAX);
        if (authors.containsKey(commentId)) return null;
        return new CommentAddedEvent(subject, commentId, author, text);
    }

    /**
     * A comment's removal: by its author, or by someone who may remove any (the subject's owner, a moderator). A
     * comment that is gone, or never was, is not found.
     */
    public CommentDeletedEvent delete(CommentSubject subject, String commentId, MemberId member, boolean mayDeleteAny) {
        String author = authors.get(commentId);
        if (author == null) throw new NotFoundException();
        if (!mayDeleteAny && !author.equals(member.value())) {
            throw new ForbiddenException("comment_not_yours", "seul l'auteur d'un commentaire peut le supprimer");
        }
        return new CommentDeletedEvent(subject, commentId, member);
    }

    public void on(CommentAddedEvent event) {
        authors.put(event.commentId(), event.authorId().value());
    }

    public void on(CommentDeletedEvent event) {
        authors.remove(event.commentId());
    }
}
