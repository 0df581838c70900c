package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Set;

/** LST-1. Adding a member already on the list changes nothing. */
@EventRevision("1")
public record MembersAddedToListEvent(ListId listId, SectionId sectionId, Set<MemberId> memberIds) {
}
