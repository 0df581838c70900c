package fr.lacoopol.imports.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-7: a secretary of the import's section undoes a finished import of members. */
public record UndoImportCommand(
        @TargetAggregateIdentifier ImportId importId,
        SectionId sectionId) {
}
