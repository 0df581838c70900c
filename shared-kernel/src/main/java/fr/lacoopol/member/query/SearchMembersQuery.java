package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;

/** DIR-1: prefix search on first and last names, only members the viewer may see. */
public record SearchMembersQuery(Viewer viewer, String text, int page, int size) {
}
