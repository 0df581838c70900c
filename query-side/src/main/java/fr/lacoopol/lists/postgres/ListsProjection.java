package fr.lacoopol.lists.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.LIST_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_LIST;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.lists.event.ListCreatedEvent;
import fr.lacoopol.lists.event.ListDeletedEvent;
import fr.lacoopol.lists.event.MembersAddedToListEvent;
import fr.lacoopol.lists.event.MembersLocalisedInZoneEvent;
import fr.lacoopol.lists.event.MembersRemovedFromListEvent;
import fr.lacoopol.lists.event.MembersRemovedFromZoneEvent;
import fr.lacoopol.lists.event.ZoneCreatedEvent;
import fr.lacoopol.lists.event.ZoneDeletedEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Lists and zones of the sections and who is on them (LST-1, LST-2). Every write is idempotent (inserts
 * that ignore what is there, deletes), so an event applied twice leaves the same rows. A member who moves
 * to another section leaves the old section's lists and zones (SEC-5).
 */
@Component
@ProcessingGroup(ListsProjection.PROCESSING_GROUP)
class ListsProjection {

    static final String PROCESSING_GROUP = "section-lists";
    static final String LIST = "LIST";
    static final String ZONE = "ZONE";

    private final DSLContext db;

    ListsProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ListCreatedEvent event) {
        db.insertInto(MEMBER_LIST)
                .set(MEMBER_LIST.LIST_ID, event.listId().value())
                .set(MEMBER_LIST.SECTION_ID, event.sectionId().value())
                .set(MEMBER_LIST.KIND, LIST)
                .set(MEMBER_LIST.NAME, event.name())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ZoneCreatedEvent event) {
        db.insertInto(MEMBER_LIST)
                .set(MEMBER_LIST.LIST_ID, event.zoneId().value())
                .set(MEMBER_LIST.SECTION_ID, event.sectionId().value())
                .set(MEMBER_LIST.KIND, ZONE)
                .set(MEMBER_LIST.NAME, event.name())
                .set(MEMBER_LIST.DESCRIPTION, event.description())
                .set(MEMBER_LIST.MANAGER_ID, event.managerId().value())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(MembersAddedToListEvent event) {
        add(event.listId().value(), event.memberIds());
    }

    @EventHandler
    void on(MembersLocalisedInZoneEvent event) {
        add(event.zoneId().value(), event.memberIds());
    }

    @EventHandler
    void on(MembersRemovedFromListEvent event) {
        remove(event.listId().value(), event.memberIds());
    }

    @EventHandler
    void on(MembersRemovedFromZoneEvent event) {
        remove(event.zoneId().value(), event.memberIds());
    }

    @EventHandler
    void on(ListDeletedEvent event) {
        delete(event.listId().value());
    }

    @EventHandler
    void on(ZoneDeletedEvent event) {
        delete(event.zoneId().value());
    }

    @EventHandler
    void on(MemberMovedEvent event) {
        if (event.fromSection() == null) return;
        db.deleteFrom(LIST_MEMBER)
                .where(LIST_MEMBER.MEMBER_ID.eq(event.memberId().value()))
                .and(LIST_MEMBER.LIST_ID.in(db.select(MEMBER_LIST.LIST_ID).from(MEMBER_LIST)
                        .where(MEMBER_LIST.SECTION_ID.eq(event.fromSection().value()))))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(LIST_MEMBER).execute();
        db.truncate(MEMBER_LIST).execute();
    }

    private void add(String listId, Set<MemberId> members) {
        var insert = db.insertInto(LIST_MEMBER, LIST_MEMBER.LIST_ID, LIST_MEMBER.MEMBER_ID);
        for (MemberId member : members) insert = insert.values(listId, member.value());
        insert.onConflictDoNothing().execute();
    }

    private void remove(String listId, Set<MemberId> members) {
        db.deleteFrom(LIST_MEMBER)
                .where(LIST_MEMBER.LIST_ID.eq(listId))
                .and(LIST_MEMBER.MEMBER_ID.in(members.stream().map(MemberId::value).toList()))
                .execute();
    }

    private void delete(String listId) {
        db.deleteFrom(LIST_MEMBER).where(LIST_MEMBER.LIST_ID.eq(listId)).execute();
        db.deleteFrom(MEMBER_LIST).where(MEMBER_LIST.LIST_ID.eq(listId)).execute();
    }
}
