package fr.lacoopol.member.query;

/** A zone a member is localised in, as the roster names it. */
public record ZoneRef(String zoneId, String name) {
}
