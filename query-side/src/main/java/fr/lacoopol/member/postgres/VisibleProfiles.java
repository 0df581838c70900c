package fr.lacoopol.member.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.ProfileAudience;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.readmodel.jooq.tables.MemberProfile;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * P4 and P5 as a condition on {@code member_profile}, for lists that page and count in the database: the same
 * decision as {@link ProfileAudience#maySeeProfile} (and {@link ProfileAudience#listed}), so that a hidden member is
 * neither listed nor counted.
 */
public final class VisibleProfiles {

    private VisibleProfiles() {
    }

    public static Condition to(Viewer viewer) {
        return to(viewer, MEMBER_PROFILE);
    }

    /** Whether the viewer may see this alias's profile, as a column: a name is shown or hidden row by row. */
    public static Field<Boolean> shown(Viewer viewer, MemberProfile profile) {
        return DSL.field(to(viewer, profile)).as(profile.getName() + "_shown");
    }

    /** The same on an alias of {@code member_profile} (a list that names two members, say). */
    public static Condition to(Viewer viewer, MemberProfile profile) {
        if (viewer.administrator()) return DSL.trueCondition();
        if (!viewer.isMember()) return DSL.falseCondition();
        Condition secretary = DSL.exists(DSL.selectOne().from(SECTION_SECRETARY)
                .where(SECTION_SECRETARY.MEMBER_ID.eq(profile.MEMBER_ID)));
        Condition sameSection = viewer.sectionId() == null ? DSL.falseCondition()
                : profile.SECTION_ID.eq(viewer.sectionId().value());
        Condition network = sameSection.or(DSL.exists(DSL.selectOne().from(COOPAIN)
                        .where(COOPAIN.MEMBER_ID.eq(viewer.memberId().value()))
                        .and(COOPAIN.COOPAIN_ID.eq(profile.MEMBER_ID))));
        Condition chosen = profile.VISIBILITY.eq(Visibility.EVERYONE.name())
                .or(secretary)
                .or(profile.VISIBILITY.eq(Visibility.NETWORK.name()).and(network));
        return profile.MEMBER_ID.eq(viewer.memberId().value())
                .or(profile.SECTION_ID.in(viewer.secretaryOf().stream().map(SectionId::value).toList()))
                .or(profile.ACCOUNT_STATE.eq(AccountState.ACTIVE.name()).and(profile.HIDDEN.isFalse()).and(chosen))
                // GDPR-2: an erased member's row holds nothing but "Membre supprimé", the name their content shows.
                .or(profile.ACCOUNT_STATE.eq(AccountState.ERASED.name()));
    }
}
