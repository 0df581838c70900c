package fr.lacoopol.agenda.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_GUEST;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.GroupId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** P7 for events, as a condition on {@code agenda_event}: the one place it is decided for every read path. */
public final class VisibleEvents {

    private VisibleEvents() {
    }

    /**
     * P7: public, created by the viewer, concerning them (invited or answered), or published in their section or one
     * of their groups; and not hidden by the moderators (MOD-1), not even to its creator.
     */
    public static Condition to(Viewer viewer) {
        if (viewer == null || !viewer.isMember()) return DSL.falseCondition();
        String me = viewer.memberId().value();
        Condition visible = AGENDA_EVENT.PUBLIC_EVENT.isTrue()
                .or(AGENDA_EVENT.CREATOR_ID.eq(me))
                .or(DSL.exists(DSL.selectOne().from(EVENT_GUEST).where(EVENT_GUEST.EVENT_ID.eq(AGENDA_EVENT.EVENT_ID))
                        .and(EVENT_GUEST.MEMBER_ID.eq(me))))
                .or(inMyGroups(viewer));
        if (viewer.sectionId() != null) {
            visible = visible.or(AGENDA_EVENT.IN_SECTION_SPACE.isTrue()
                    .and(AGENDA_EVENT.SECTION_ID.eq(viewer.sectionId().value())));
        }
        return AGENDA_EVENT.HIDDEN.isFalse().and(visible);
    }

    /** Published in one of the viewer's groups (GRP-2). */
    public static Condition inMyGroups(Viewer viewer) {
        if (viewer.groups().isEmpty()) return DSL.falseCondition();
        return DSL.arrayOverlap(AGENDA_EVENT.GROUP_IDS, viewer.groups().stream().map(GroupId::value).toArray(String[]::new));
    }
}
