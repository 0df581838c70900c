package fr.lacoopol.identity;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import java.util.List;
import java.util.Optional;

/** Where people and sections stand in the organisation, as the commands know it. */
public interface Placements {

    /** Where the person stands and which section they belong to (null for a federation's referent). */
    record MemberPlacement(AccountState state, SectionId sectionId, FederationId federationId) {
    }

    Optional<MemberPlacement> placement(MemberId memberId);

    Optional<FederationId> federationOfSection(SectionId sectionId);

    /** The federation of a département (SEC-1: at most one). */
    Optional<FederationId> federationOfDepartment(String departmentCode);

    /** INV-3 "all": the section's people recorded and never invited. */
    List<MemberId> toInvite(SectionId sectionId);
}
