package fr.lacoopol.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.member.InvalidValueException;
import java.util.List;

/** GRP-2: the groups an author publishes in (an event, a post): theirs only, as the access tables say it now. */
public final class GroupSpaces {

    /** At most this many groups for one publication. */
    public static final int MAX = 20;

    private GroupSpaces() {
    }

    public static List<GroupId> chosenBy(Viewer author, List<String> groupIds) {
        List<GroupId> groups = groupIds == null ? List.of() : groupIds.stream().distinct().map(GroupId::new).toList();
        if (!groups.stream().allMatch(author::isInGroup)) {
            throw new InvalidValueException("groupIds", "on publie dans les groupes dont on est membre");
        }
        return groups;
    }
}
