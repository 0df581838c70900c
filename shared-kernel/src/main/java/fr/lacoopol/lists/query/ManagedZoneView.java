package fr.lacoopol.lists.query;

/** P6: what a zone manager sees of their zone. */
public record ManagedZoneView(
        String zoneId,
        String name,
        String description,
        String sectionId,
        String sectionName) {
}
