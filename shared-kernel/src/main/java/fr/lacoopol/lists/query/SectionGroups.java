package fr.lacoopol.lists.query;

import java.util.List;

/** LST-4. */
public record SectionGroups(List<ListView> lists, List<ZoneView> zones) {
}
