package fr.lacoopol.lists.query;

import fr.lacoopol.organisation.query.MemberRef;

/** LST-2. */
public record ZoneView(String zoneId, String name, String description, MemberRef manager, long count) {
}
