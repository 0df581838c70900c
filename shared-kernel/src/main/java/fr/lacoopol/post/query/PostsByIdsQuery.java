package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;
import java.util.List;

/** The posts of these ids, in that order, among those the viewer may see (P7); without their comments. */
public record PostsByIdsQuery(
        Viewer viewer,
        List<String> postIds) {
}
