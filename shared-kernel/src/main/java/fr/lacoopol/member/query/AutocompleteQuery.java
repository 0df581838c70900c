package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;

/** DIR-3: recipients for a message, coopains first, then the viewer's section, then members the viewer may see. */
public record AutocompleteQuery(
        Viewer viewer,
        String text,
        int size) {
}
