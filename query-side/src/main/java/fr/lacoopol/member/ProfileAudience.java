package fr.lacoopol.member;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

/**
 * Who a viewer is to a member, and so what they may see of them: the single place where P1–P5 are decided,
 * for every read path (profile, directory, roster).
 *
 * <p>{@code NETWORK} means the member's coopains and the members of their section (P4).
 */
public enum ProfileAudience {
    /** The member themself: everything. */
    SELF,
    /** A secretary of the member's section: everything but the member's own settings (P1–P3). */
    SECTION_SECRETARY,
    /** Another member of the same section. */
    SECTION_MEMBER,
    /** A coopain of the member, from another section (NET-4). */
    COOPAIN,
    /** Any other member (or the administrator). */
    OTHER_MEMBER,
    /** Nobody logged in. */
    ANONYMOUS;

    /** {@code coopains}: whether the viewer and the member are coopains (see CoopainGraph). */
    public static ProfileAudience of(Viewer viewer, MemberId member, SectionId memberSection, boolean coopains) {
        if (viewer == null || (!viewer.isMember() && !viewer.administrator())) return ANONYMOUS;
        if (viewer.is(member)) return SELF;
        if (viewer.isSecretaryOf(memberSection)) return SECTION_SECRETARY;
        if (memberSection != null && memberSection.equals(viewer.sectionId())) return SECTION_MEMBER;
        return coopains ? COOPAIN : OTHER_MEMBER;
    }

    /**
     * P4 and P5: may this audience see the profile at all? Secretaries' profiles are always EVERYONE. listed: the
     * member is active and not hidden by the moderators (see {@link #listed}).
     */
    public boolean maySeeProfile(Visibility chosen, boolean memberIsSecretary, boolean listed) {
        Visibility visibility = memberIsSecretary ? Visibility.EVERYONE : chosen;
        return switch (this) {
            case SELF, SECTION_SECRETARY -> true;
            case SECTION_MEMBER, COOPAIN -> listed && visibility != Visibility.SECRETARY_ONLY;
            case OTHER_MEMBER -> listed && visibility == Visibility.EVERYONE;
            case ANONYMOUS -> false;
        };
    }

    /**
     * Whether others than the member and their secretaries may see the profile, whatever its visibility: only once
     * the member has activated their account, and never while the moderators hide it (MOD-1).
     */
    public static boolean listed(String accountState, boolean hiddenByModerators) {
        return AccountState.ACTIVE.name().equals(accountState) && !hiddenByModerators;
    }

    /** P1–P3: e-mail, coordinates but city and country, political activities, full birth date. */
    public boolean maySeePrivateData() {
        return this == SELF || this == SECTION_SECRETARY;
    }

    /** P1: the federation's referent also sees the e-mail (for invitations). */
    public static boolean maySeeEmailAsReferent(Viewer viewer, FederationId memberFederation) {
        return viewer != null && viewer.isReferentOf(memberFederation);
    }
}
