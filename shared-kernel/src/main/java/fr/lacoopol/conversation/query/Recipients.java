package fr.lacoopol.conversation.query;

import fr.lacoopol.ids.MemberId;
import java.util.List;

/** Whom a message reaches. */
public record Recipients(
        List<MemberId> memberIds) {
}
