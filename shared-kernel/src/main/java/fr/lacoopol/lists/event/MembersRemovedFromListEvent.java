package fr.lacoopol.lists.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Set;

/** LST-1. Removing a member not on the list changes nothing. */
@EventRevision("1")
public record MembersRemovedFromListEvent(ListId listId, SectionId sectionId, Set<MemberId> memberIds) {
}
