package fr.lacoopol.lists.query;

import java.util.List;

/** P6. */
public record ManagedZones(List<ManagedZoneView> zones) {
}
