package fr.lacoopol.post;

import fr.lacoopol.ids.GroupId;
import java.util.List;

/**
 * PST-2: where a post is published: Public, the author's section, the author's groups. Not published in any space
 * means public; published only in spaces means seen by their members only (P7).
 */
public record Publication(
        boolean publicPost,
        boolean inSectionSpace,
        List<GroupId> groupIds) {

    public Publication {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        if (!inSectionSpace && groupIds.isEmpty()) publicPost = true;
    }
}
