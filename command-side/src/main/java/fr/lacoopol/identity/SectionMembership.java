package fr.lacoopol.identity;

import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Collection;
import java.util.Set;

/**
 * Who belongs to a section, as the command side knows it (same transaction as the events): what the section,
 * list and zone aggregates ask before they accept a member into a role, a bureau, a list or a zone.
 */
public interface SectionMembership {

    /** Which of these people do not belong to the section. */
    Set<MemberId> outsideSection(SectionId sectionId, Collection<MemberId> memberIds);

    boolean isSecretary(MemberId memberId, SectionId sectionId);

    /** Refuses, naming no one, when one of these people is not of the section. */
    default void requireInSection(SectionId sectionId, Collection<MemberId> memberIds) {
        if (!outsideSection(sectionId, memberIds).isEmpty()) {
            throw new RuleViolationException("member_not_in_section",
                    "ces personnes doivent être membres de la section");
        }
    }
}
