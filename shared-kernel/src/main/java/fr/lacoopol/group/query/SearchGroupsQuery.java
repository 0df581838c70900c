package fr.lacoopol.group.query;

import fr.lacoopol.access.Viewer;

/** GRP-2: "Tous les groupes" by words of their name and description; mine: only the viewer's ("mes groupes"). */
public record SearchGroupsQuery(
        Viewer viewer,
        String words,
        boolean mine,
        int page,
        int size) {
}
