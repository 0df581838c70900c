package fr.lacoopol.post.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.POST;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.GroupId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** P7 for posts, as a condition on {@code post}: the one place it is decided for every read path. */
public final class VisiblePosts {

    private VisiblePosts() {
    }

    /**
     * P7: public, written by the viewer or on their wall, or published in their section's space or their groups; and
     * not hidden by the moderators (MOD-1), not even to its author.
     */
    public static Condition to(Viewer viewer) {
        if (viewer == null || !viewer.isMember()) return DSL.falseCondition();
        String me = viewer.memberId().value();
        Condition visible = POST.PUBLIC_POST.isTrue().or(POST.AUTHOR_ID.eq(me)).or(POST.WALL_OWNER_ID.eq(me));
        if (viewer.sectionId() != null) {
            visible = visible.or(POST.IN_SECTION_SPACE.isTrue().and(POST.SECTION_ID.eq(viewer.sectionId().value())));
        }
        return POST.HIDDEN.isFalse().and(visible.or(inGroups(viewer)));
    }

    /** Published in one of the viewer's groups. */
    public static Condition inGroups(Viewer viewer) {
        if (viewer.groups().isEmpty()) return DSL.falseCondition();
        return DSL.arrayOverlap(POST.GROUP_IDS, viewer.groups().stream().map(GroupId::value).toArray(String[]::new));
    }
}
