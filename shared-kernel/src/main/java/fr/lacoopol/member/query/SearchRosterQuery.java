package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;

/** DIR-4: a secretary's search over their own section, hidden members included. */
public record SearchRosterQuery(Viewer viewer, SectionId sectionId, String text, int page, int size) {
}
