package fr.lacoopol.lists.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.LIST_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_LIST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import fr.lacoopol.lists.query.FindManagedZonesQuery;
import fr.lacoopol.lists.query.ListSectionGroupsQuery;
import fr.lacoopol.lists.query.ListView;
import fr.lacoopol.lists.query.ManagedZoneView;
import fr.lacoopol.lists.query.ManagedZones;
import fr.lacoopol.lists.query.SectionGroups;
import fr.lacoopol.lists.query.ZoneView;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.organisation.query.MemberRef;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** A section's lists and zones with their counts (LST-4, managers only), and the zones a member manages (P6). */
@Component
class ListsQueries {

    private final DSLContext db;
    private final SectionManagers managers;

    ListsQueries(DSLContext db, SectionManagers managers) {
        this.db = db;
        this.managers = managers;
    }

    @QueryHandler
    SectionGroups handle(ListSectionGroupsQuery query) {
        managers.require(query.viewer(), query.sectionId());
        Field<Integer> count = DSL.field(DSL.selectCount().from(LIST_MEMBER).where(LIST_MEMBER.LIST_ID.eq(MEMBER_LIST.LIST_ID)));
        var rows = db.select(MEMBER_LIST.LIST_ID, MEMBER_LIST.KIND, MEMBER_LIST.NAME, MEMBER_LIST.DESCRIPTION,
                        MEMBER_LIST.MANAGER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME, count)
                .from(MEMBER_LIST)
                .leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(MEMBER_LIST.MANAGER_ID))
                .where(MEMBER_LIST.SECTION_ID.eq(query.sectionId().value()))
                .orderBy(MEMBER_LIST.NAME, MEMBER_LIST.LIST_ID)
                .fetch();
        List<ListView> lists = rows.stream().filter(r -> ListsProjection.LIST.equals(r.value2()))
                .map(r -> new ListView(r.value1(), r.value3(), r.value8())).toList();
        List<ZoneView> zones = rows.stream().filter(r -> ListsProjection.ZONE.equals(r.value2()))
                .map(r -> new ZoneView(r.value1(), r.value3(), r.value4(), new MemberRef(r.value5(), r.value6(), r.value7()),
                        r.value8()))
                .toList();
        return new SectionGroups(lists, zones);
    }

    /** P6: the zones' names and descriptions, never who is in them nor how many. */
    @QueryHandler
    ManagedZones handle(FindManagedZonesQuery query) {
        if (!query.viewer().isMember()) return new ManagedZones(List.of());
        return new ManagedZones(db.select(MEMBER_LIST.LIST_ID, MEMBER_LIST.NAME, MEMBER_LIST.DESCRIPTION,
                        MEMBER_LIST.SECTION_ID, SECTION.NAME)
                .from(MEMBER_LIST)
                .join(SECTION).on(SECTION.SECTION_ID.eq(MEMBER_LIST.SECTION_ID))
                .where(MEMBER_LIST.MANAGER_ID.eq(query.viewer().memberId().value()))
                .and(MEMBER_LIST.KIND.eq(ListsProjection.ZONE))
                .orderBy(MEMBER_LIST.NAME)
                .fetch(r -> new ManagedZoneView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
    }
}
