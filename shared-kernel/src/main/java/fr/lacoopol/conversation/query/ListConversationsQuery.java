package fr.lacoopol.conversation.query;

import fr.lacoopol.access.Viewer;

/** MSG-3: the viewer's inbox (conversations where others wrote to them) or sent box (where they wrote). */
public record ListConversationsQuery(
        Viewer viewer,
        boolean inbox,
        int page,
        int size) {
}
