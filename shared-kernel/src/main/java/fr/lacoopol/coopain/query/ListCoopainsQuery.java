package fr.lacoopol.coopain.query;

import fr.lacoopol.access.Viewer;

/** NET-3: the viewer's coopains, all or only those of the viewer's section. */
public record ListCoopainsQuery(
        Viewer viewer,
        boolean sameSectionOnly,
        int page,
        int size) {
}
