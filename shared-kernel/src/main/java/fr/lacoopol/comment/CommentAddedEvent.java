package fr.lacoopol.comment;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

/** EVT-6, PST: a comment; its body is the author's writing, encrypted under their key (GDPR-2). */
@EventRevision("1")
public record CommentAddedEvent(
        CommentSubject subject,
        String commentId,
        @DataSubject MemberId authorId,
        @PersonalData String body) {
}
