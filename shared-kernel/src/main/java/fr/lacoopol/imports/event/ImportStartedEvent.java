package fr.lacoopol.imports.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.member.MembershipType;
import java.util.List;

/** INV-4. */
@EventRevision("1")
public record ImportStartedEvent(
        ImportId importId,
        SectionId sectionId,
        ImportKind kind,
        List<ColumnMapping> mapping,
        MembershipType membershipType) {
}
