package fr.lacoopol.access;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Set;

/**
 * Who asks. Every query that returns member data carries one, and the query side answers for it. The API
 * builds it from the command-side access tables, which are updated in the same transaction as the events,
 * so a role granted or withdrawn, or a group joined or left, counts from the next request on, whatever the
 * read models' lag.
 */
public record Viewer(MemberId memberId, SectionId sectionId, FederationId federationId,
                     Set<SectionId> secretaryOf, Set<FederationId> referentOf, boolean administrator,
                     Set<GroupId> groups) {

    public Viewer {
        secretaryOf = secretaryOf == null ? Set.of() : Set.copyOf(secretaryOf);
        referentOf = referentOf == null ? Set.of() : Set.copyOf(referentOf);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public static Viewer ofAdministrator() {
        return new Viewer(null, null, null, Set.of(), Set.of(), true, Set.of());
    }

    public boolean isMember() {
        return memberId != null;
    }

    public boolean is(MemberId other) {
        return memberId != null && memberId.equals(other);
    }

    public boolean isSecretaryOf(SectionId section) {
        return section != null && secretaryOf.contains(section);
    }

    /** GRP-2, P7: a member of the group, as of the last committed event (a publication space of theirs). */
    public boolean isInGroup(GroupId group) {
        return group != null && groups.contains(group);
    }

    /** The spaces whose content the viewer reads (PST-2, P7). */
    public Spaces spaces() {
        return new Spaces(sectionId, groups);
    }

    public boolean isReferentOf(FederationId federation) {
        return federation != null && referentOf.contains(federation);
    }
}
