package fr.lacoopol.organisation.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.access.lookup.AccessDirectory;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.security.CurrentCaller;
import org.springframework.stereotype.Component;

/**
 * The one check every section-management endpoint makes first: the caller is a secretary of the section or
 * the referent of its federation (from the command-side access tables, so a promotion or demotion counts on
 * the next request). Anyone else gets exactly the answer a section that does not exist gets.
 */
@Component
public class ManagedSections {

    private final AccessDirectory access;

    ManagedSections(AccessDirectory access) {
        this.access = access;
    }

    /** The section, if the caller manages it; else "not found". */
    public ManagedSection require(String sectionId) {
        SectionId section = new SectionId(sectionId);
        Viewer viewer = CurrentCaller.viewer();
        FederationId federation = access.federationOfSection(section).orElseThrow(ManagedSections::notFound);
        if (viewer.isSecretaryOf(section) || viewer.isReferentOf(federation)) {
            return new ManagedSection(section, federation, viewer);
        }
        throw notFound();
    }

    public static NotFoundException notFound() {
        return new NotFoundException();
    }

    /** A section the caller manages, with its federation. */
    public record ManagedSection(SectionId id, FederationId federationId, Viewer viewer) {
    }
}
