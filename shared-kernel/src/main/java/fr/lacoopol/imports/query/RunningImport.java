package fr.lacoopol.imports.query;

import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.member.MembershipType;
import java.util.List;

/** INV-6. */
public record RunningImport(
        String importId,
        String sectionId,
        ImportKind kind,
        String fileSha256,
        String encoding,
        String delimiter,
        List<ColumnMapping> mapping,
        MembershipType membershipType,
        int rowsDone,
        int totalRows) {
}
