package fr.lacoopol.lists.query;

import fr.lacoopol.access.Viewer;

/** LST-3: the zones the viewer manages. Never their composition nor their size (P6). */
public record FindManagedZonesQuery(Viewer viewer) {
}
