package fr.lacoopol.organisation.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Who manages a section: its secretaries and its federation's referent. Every query about a section's
 * management data asks here first; anyone else gets the answer a section that does not exist gets.
 */
@Component
public class SectionManagers {

    private final DSLContext db;

    public SectionManagers(DSLContext db) {
        this.db = db;
    }

    public boolean manages(Viewer viewer, SectionId sectionId) {
        if (viewer.isSecretaryOf(sectionId)) return true;
        if (viewer.referentOf().isEmpty()) return false;
        String federation = db.select(SECTION.FEDERATION_ID).from(SECTION)
                .where(SECTION.SECTION_ID.eq(sectionId.value())).fetchOne(SECTION.FEDERATION_ID);
        return federation != null && viewer.isReferentOf(new FederationId(federation));
    }

    public void require(Viewer viewer, SectionId sectionId) {
        if (!manages(viewer, sectionId)) throw notFound();
    }

    public static NotFoundException notFound() {
        return new NotFoundException();
    }
}
