package fr.lacoopol.member.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.member.MembershipType;

/**
 * SEC-2 / DIR-4: a secretary's roster of their own section, hidden members included; filtered by membership
 * type, list or zone, and by name. Each filter is optional.
 */
public record SearchRosterQuery(Viewer viewer, SectionId sectionId, String text, MembershipType type, ListId listId,
                                ZoneId zoneId, int page, int size) {
}
