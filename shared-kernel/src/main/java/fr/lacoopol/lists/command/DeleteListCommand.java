package fr.lacoopol.lists.command;

import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-1. The section the caller manages: another section's list is not found. */
public record DeleteListCommand(@TargetAggregateIdentifier ListId listId, SectionId sectionId) {
}
