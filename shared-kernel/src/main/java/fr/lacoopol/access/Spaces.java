package fr.lacoopol.access;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.SectionId;
import java.util.Collection;
import java.util.Set;

/**
 * The publication spaces a member belongs to (PST-2, P7): their section and their groups. Content published only in
 * spaces is for their members; a command that reads or answers such content carries the caller's spaces, taken
 * from the access tables as the request began.
 */
public record Spaces(SectionId sectionId, Set<GroupId> groupIds) {

    public Spaces {
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }

    public static Spaces ofSection(SectionId sectionId) {
        return new Spaces(sectionId, Set.of());
    }

    public boolean hasSection(String section) {
        return sectionId != null && sectionId.value().equals(section);
    }

    public boolean sharesAGroup(Collection<GroupId> groups) {
        return groups.stream().anyMatch(groupIds::contains);
    }
}
