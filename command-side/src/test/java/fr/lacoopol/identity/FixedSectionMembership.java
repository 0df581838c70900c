package fr.lacoopol.identity;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** For aggregate tests: a section whose members and secretaries are these, whatever section is asked about. */
public record FixedSectionMembership(Set<MemberId> members, Set<MemberId> secretaries) implements SectionMembership {

    /** Everyone belongs, nobody is secretary. */
    public static FixedSectionMembership everyone() {
        return new FixedSectionMembership(null, Set.of());
    }

    @Override
    public Set<MemberId> outsideSection(SectionId sectionId, Collection<MemberId> memberIds) {
        if (members == null) return Set.of();
        Set<MemberId> outside = new HashSet<>(memberIds);
        outside.removeAll(members);
        return outside;
    }

    @Override
    public boolean isSecretary(MemberId memberId, SectionId sectionId) {
        return secretaries.contains(memberId);
    }
}
