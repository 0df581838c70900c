package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.SectionId;

/** LST-1. */
@EventRevision("1")
public record ListDeletedEvent(ListId listId, SectionId sectionId) {
}
