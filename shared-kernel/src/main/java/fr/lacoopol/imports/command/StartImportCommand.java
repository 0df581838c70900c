package fr.lacoopol.imports.command;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.member.MembershipType;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-4: the mapping confirmed (or changed) by the secretary; membershipType for a members file. */
public record StartImportCommand(
        @TargetAggregateIdentifier ImportId importId,
        List<ColumnMapping> mapping,
        MembershipType membershipType) {
}
