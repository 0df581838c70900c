package fr.lacoopol.lists.command;

import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-2. The section the caller manages: another section's zone is not found. */
public record DeleteZoneCommand(@TargetAggregateIdentifier ZoneId zoneId, SectionId sectionId) {
}
