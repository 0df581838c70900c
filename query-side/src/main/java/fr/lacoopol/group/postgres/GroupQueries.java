package fr.lacoopol.group.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.GROUP_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_GROUP;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.coopain.query.MemberSummary;
import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.group.GroupRole;
import fr.lacoopol.group.query.FindGroupQuery;
import fr.lacoopol.group.query.GroupMemberPage;
import fr.lacoopol.group.query.GroupMemberView;
import fr.lacoopol.group.query.GroupPage;
import fr.lacoopol.group.query.GroupView;
import fr.lacoopol.group.query.ListGroupMembersQuery;
import fr.lacoopol.group.query.MayViewGroupImageQuery;
import fr.lacoopol.group.query.SearchGroupsQuery;
import fr.lacoopol.member.postgres.VisibleProfiles;
import fr.lacoopol.readmodel.NameSearch;
import fr.lacoopol.readmodel.jooq.tables.GroupMember;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * GRP-1, GRP-2: "Tous les groupes", "mes groupes", a group's page and its members. Every member may see every group
 * and its size; its members are listed as their profiles allow (P4), and its requests only to its administrators.
 */
@Component
class GroupQueries {

    private static final GroupMember MINE = GROUP_MEMBER.as("mine");
    private static final Field<Integer> MEMBER_COUNT = DSL.field(DSL.selectCount().from(GROUP_MEMBER)
            .where(GROUP_MEMBER.GROUP_ID.eq(MEMBER_GROUP.GROUP_ID))
            .and(GROUP_MEMBER.ROLE.ne(GroupRole.REQUESTED.name()))).as("member_count");
    private static final Field<Integer> REQUEST_COUNT = DSL.field(DSL.selectCount().from(GROUP_MEMBER)
            .where(GROUP_MEMBER.GROUP_ID.eq(MEMBER_GROUP.GROUP_ID))
            .and(GROUP_MEMBER.ROLE.eq(GroupRole.REQUESTED.name()))).as("request_count");

    private final DSLContext db;

    GroupQueries(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    GroupPage handle(SearchGroupsQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember() && !viewer.administrator()) return new GroupPage(List.of(), 0, query.page(), query.size());
        Condition where = NameSearch.byName(MEMBER_GROUP.FOLDED_WORDS, query.words()).and(MEMBER_GROUP.HIDDEN.isFalse());
        if (query.mine()) where = where.and(MINE.ROLE.in(GroupRole.MEMBER.name(), GroupRole.ADMINISTRATOR.name()));
        long total = db.fetchCount(db.selectOne().from(MEMBER_GROUP).leftJoin(MINE).on(mine(viewer)).where(where));
        List<GroupView> items = select(viewer).where(where)
                .orderBy(MEMBER_GROUP.NAME, MEMBER_GROUP.GROUP_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(row -> view(row));
        return new GroupPage(items, total, query.page(), query.size());
    }

    @QueryHandler
    Optional<GroupView> handle(FindGroupQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember() && !viewer.administrator()) return Optional.empty();
        return select(viewer).where(MEMBER_GROUP.GROUP_ID.eq(query.groupId().value())).and(MEMBER_GROUP.HIDDEN.isFalse())
                .fetchOptional(GroupQueries::view);
    }

    @QueryHandler
    Boolean handle(MayViewGroupImageQuery query) {
        return (query.viewer().isMember() || query.viewer().administrator())
                && db.fetchExists(MEMBER_GROUP, MEMBER_GROUP.AVATAR_SHA256.eq(query.sha256()).and(MEMBER_GROUP.HIDDEN.isFalse()));
    }

    @QueryHandler
    Optional<GroupMemberPage> handle(ListGroupMembersQuery query) {
        Viewer viewer = query.viewer();
        Optional<GroupView> group = handle(new FindGroupQuery(viewer, query.groupId()));
        if (group.isEmpty()) return Optional.empty();
        Condition where = GROUP_MEMBER.GROUP_ID.eq(query.groupId().value());
        if (query.requests()) {
            if (group.get().myRole() != GroupRole.ADMINISTRATOR && !viewer.administrator()) return Optional.empty();
            where = where.and(GROUP_MEMBER.ROLE.eq(GroupRole.REQUESTED.name()));
        } else {
            where = where.and(GROUP_MEMBER.ROLE.ne(GroupRole.REQUESTED.name())).and(VisibleProfiles.to(viewer));
        }
        long total = db.fetchCount(db.selectOne().from(GROUP_MEMBER)
                .join(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(GROUP_MEMBER.MEMBER_ID)).where(where));
        List<GroupMemberView> items = db.select(GROUP_MEMBER.ROLE, GROUP_MEMBER.SINCE, MEMBER_PROFILE.MEMBER_ID,
                        MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.AVATAR_SHA256, SECTION.NAME)
                .from(GROUP_MEMBER)
                .join(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(GROUP_MEMBER.MEMBER_ID))
                .leftJoin(SECTION).on(SECTION.SECTION_ID.eq(MEMBER_PROFILE.SECTION_ID))
                .where(where)
                .orderBy(GROUP_MEMBER.ROLE.eq(GroupRole.ADMINISTRATOR.name()).desc(), MEMBER_PROFILE.LAST_NAME,
                        MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.MEMBER_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(row -> new GroupMemberView(new MemberSummary(row.get(MEMBER_PROFILE.MEMBER_ID),
                        row.get(MEMBER_PROFILE.FIRST_NAME), row.get(MEMBER_PROFILE.LAST_NAME), row.get(SECTION.NAME),
                        fileUrl(row.get(MEMBER_PROFILE.AVATAR_SHA256))), GroupRole.valueOf(row.get(GROUP_MEMBER.ROLE)),
                        instant(row.get(GROUP_MEMBER.SINCE))));
        return Optional.of(new GroupMemberPage(items, total, query.page(), query.size()));
    }

    private org.jooq.SelectOnConditionStep<Record> select(Viewer viewer) {
        return db.select(MEMBER_GROUP.fields()).select(MEMBER_COUNT, REQUEST_COUNT, MINE.ROLE)
                .from(MEMBER_GROUP)
                .leftJoin(MINE).on(mine(viewer));
    }

    private static Condition mine(Viewer viewer) {
        return viewer.isMember()
                ? MINE.GROUP_ID.eq(MEMBER_GROUP.GROUP_ID).and(MINE.MEMBER_ID.eq(viewer.memberId().value()))
                : DSL.falseCondition();
    }

    private static GroupView view(Record row) {
        GroupRole mine = row.get(MINE.ROLE) == null ? null : GroupRole.valueOf(row.get(MINE.ROLE));
        return new GroupView(row.get(MEMBER_GROUP.GROUP_ID), row.get(MEMBER_GROUP.NAME), row.get(MEMBER_GROUP.DESCRIPTION),
                GroupAccess.valueOf(row.get(MEMBER_GROUP.ACCESS)), row.get(MEMBER_COUNT),
                mine, mine == GroupRole.ADMINISTRATOR ? row.get(REQUEST_COUNT) : null,
                instant(row.get(MEMBER_GROUP.CREATED_AT)), fileUrl(row.get(MEMBER_GROUP.AVATAR_SHA256)));
    }
}
