package fr.lacoopol.group.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.GROUP_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_GROUP;

import fr.lacoopol.group.GroupRole;
import fr.lacoopol.group.event.GroupAdministratorChangedEvent;
import fr.lacoopol.group.event.GroupAvatarChangedEvent;
import fr.lacoopol.group.event.GroupChangedEvent;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinRequestedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.group.event.GroupLeftEvent;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Folding;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Groups and who is in them (GRP-1, GRP-2). Every write sets a row to what the event says (upserts, deletes), so an
 * event applied twice leaves the same rows.
 */
@Component
@ProcessingGroup(GroupsProjection.PROCESSING_GROUP)
class GroupsProjection {

    static final String PROCESSING_GROUP = "groups";

    private final DSLContext db;

    GroupsProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(GroupCreatedEvent event, @Timestamp Instant at) {
        db.insertInto(MEMBER_GROUP)
                .set(MEMBER_GROUP.GROUP_ID, event.groupId().value())
                .set(MEMBER_GROUP.NAME, event.name())
                .set(MEMBER_GROUP.DESCRIPTION, event.description())
                .set(MEMBER_GROUP.FOLDED_WORDS, foldedWords(event.name(), event.description()))
                .set(MEMBER_GROUP.ACCESS, event.access().name())
                .set(MEMBER_GROUP.CREATOR_ID, event.creatorId().value())
                .set(MEMBER_GROUP.CREATED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
        put(event.groupId(), event.creatorId(), GroupRole.ADMINISTRATOR, at);
    }

    @EventHandler
    void on(GroupChangedEvent event) {
        db.update(MEMBER_GROUP)
                .set(MEMBER_GROUP.NAME, event.name())
                .set(MEMBER_GROUP.DESCRIPTION, event.description())
                .set(MEMBER_GROUP.FOLDED_WORDS, foldedWords(event.name(), event.description()))
                .set(MEMBER_GROUP.ACCESS, event.access().name())
                .where(MEMBER_GROUP.GROUP_ID.eq(event.groupId().value()))
                .execute();
    }

    @EventHandler
    void on(GroupAvatarChangedEvent event) {
        db.update(MEMBER_GROUP).set(MEMBER_GROUP.AVATAR_SHA256, event.avatarSha256())
                .where(MEMBER_GROUP.GROUP_ID.eq(event.groupId().value())).execute();
    }

    @EventHandler
    void on(GroupJoinRequestedEvent event, @Timestamp Instant at) {
        put(event.groupId(), event.memberId(), GroupRole.REQUESTED, at);
    }

    @EventHandler
    void on(GroupJoinedEvent event, @Timestamp Instant at) {
        put(event.groupId(), event.memberId(), GroupRole.MEMBER, at);
    }

    @EventHandler
    void on(GroupAdministratorChangedEvent event) {
        db.update(GROUP_MEMBER)
                .set(GROUP_MEMBER.ROLE, (event.administrator() ? GroupRole.ADMINISTRATOR : GroupRole.MEMBER).name())
                .where(GROUP_MEMBER.GROUP_ID.eq(event.groupId().value()))
                .and(GROUP_MEMBER.MEMBER_ID.eq(event.memberId().value()))
                .execute();
    }

    @EventHandler
    void on(GroupLeftEvent event) {
        db.deleteFrom(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(event.groupId().value()))
                .and(GROUP_MEMBER.MEMBER_ID.eq(event.memberId().value()))
                .execute();
    }

    /** MOD-1: hidden by a moderator, or shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.GROUP) return;
        db.update(MEMBER_GROUP).set(MEMBER_GROUP.HIDDEN, decision.hidden()).where(MEMBER_GROUP.GROUP_ID.eq(decision.contentId())).execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(GROUP_MEMBER).execute();
        db.truncate(MEMBER_GROUP).execute();
    }

    /** A member's row as of the event: since is when they took this place (a request accepted starts anew). */
    private void put(GroupId group, MemberId member, GroupRole role, Instant at) {
        db.insertInto(GROUP_MEMBER)
                .set(GROUP_MEMBER.GROUP_ID, group.value())
                .set(GROUP_MEMBER.MEMBER_ID, member.value())
                .set(GROUP_MEMBER.ROLE, role.name())
                .set(GROUP_MEMBER.SINCE, utc(at))
                .onConflict(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.MEMBER_ID)
                .doUpdate()
                .set(GROUP_MEMBER.ROLE, role.name())
                .set(GROUP_MEMBER.SINCE, utc(at))
                .execute();
    }

    private static String foldedWords(String name, String description) {
        return Folding.fold(Stream.of(name, description).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }
}
