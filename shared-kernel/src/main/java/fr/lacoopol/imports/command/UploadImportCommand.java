package fr.lacoopol.imports.command;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.member.StoredFile;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-4 / CON-2: a file is kept, its shape read; nothing is imported before the mapping is confirmed. */
public record UploadImportCommand(
        @TargetAggregateIdentifier ImportId importId,
        SectionId sectionId,
        FederationId federationId,
        ImportKind kind,
        StoredFile file,
        String fileName,
        String encoding,
        String delimiter,
        List<String> columns,
        int totalRows) {
}
