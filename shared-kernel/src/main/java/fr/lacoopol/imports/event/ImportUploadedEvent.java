package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.member.StoredFile;
import java.util.List;

/** INV-4 / CON-2. */
@EventRevision("1")
public record ImportUploadedEvent(
        ImportId importId,
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
