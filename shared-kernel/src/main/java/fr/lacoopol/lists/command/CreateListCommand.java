package fr.lacoopol.lists.command;

import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LST-1. */
public record CreateListCommand(@TargetAggregateIdentifier ListId listId, SectionId sectionId, String name) {
}
