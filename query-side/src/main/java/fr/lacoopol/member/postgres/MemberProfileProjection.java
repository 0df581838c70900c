package fr.lacoopol.member.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.event.AvatarChangedEvent;
import fr.lacoopol.member.event.CharterAcceptedEvent;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberLoggedInEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.NotificationSettingsChangedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PersonalInfoChangedEvent;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.readmodel.BatchWrites;
import fr.lacoopol.readmodel.ReadModelJson;
import fr.lacoopol.readmodel.jooq.tables.records.MemberProfileRecord;
import fr.lacoopol.member.Folding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The member_profile read model: everything known of a member, for {@link MemberProfileQueries} to show as
 * each audience may see it. Every change is guarded by the member's event sequence number, so an event
 * delivered twice (a retry, a replay over a live table) changes nothing the second time. A batch's statements are
 * sent together ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(MemberProfileProjection.PROCESSING_GROUP)
class MemberProfileProjection {

    /** What an erased member is called wherever their posts, messages or deeds are shown (GDPR-2). */
    static final String ERASED_FIRST_NAME = "Membre";
    static final String ERASED_LAST_NAME = "supprimé";

    static final String PROCESSING_GROUP = "member-profiles";

    private final DSLContext db;
    private final ReadModelJson json;

    MemberProfileProjection(DSLContext db, ReadModelJson json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(PersonToInviteCreatedEvent event, @SequenceNumber long sequence) {
        Coordinates coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        PersonalInfo personal = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        NotificationSettings notifications = NotificationSettings.ALL_ON;
        MemberProfileRecord row = db.newRecord(MEMBER_PROFILE);
        row.setMemberId(event.memberId().value());
        row.setFederationId(event.federationId().value());
        row.setSectionId(event.sectionId() == null ? null : event.sectionId().value());
        row.setMembershipType(event.membershipType().name());
        row.setAccountState((event.email() == null ? AccountState.INCOMPLETE : AccountState.TO_INVITE).name());
        setName(row, event.name());
        row.setEmail(event.email() == null ? null : event.email().value());
        setCoordinates(row, coordinates);
        row.setSex(personal.sex() == null ? null : personal.sex().name());
        row.setBirthDate(personal.birthDate());
        row.setMembershipNumber(event.membershipNumber());
        row.setMembershipDate(event.membershipDate());
        row.setVisibility(Visibility.NETWORK.name());
        row.setNotifyNewMessage(notifications.newMessage());
        row.setNotifyWallPost(notifications.wallPost());
        row.setNotifyCoopain(notifications.coopainRequest());
        row.setLastEventSequence(sequence);
        BatchWrites.write(row.getMemberId(), new ProfileWrite(db, row.getMemberId(), changedValues(row), Map.of(),
                sequence));
    }

    @EventHandler
    void on(MemberInvitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.memberId(), sequence, Map.of(
                MEMBER_PROFILE.ACCOUNT_STATE, AccountState.INVITED.name(),
                MEMBER_PROFILE.INVITED_AT, utc(at)));
    }

    @EventHandler
    void on(InvitationAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.memberId(), sequence, Map.of(
                MEMBER_PROFILE.ACCOUNT_STATE, AccountState.ACTIVE.name(),
                MEMBER_PROFILE.ACTIVATED_AT, utc(at),
                MEMBER_PROFILE.CHARTER_VERSION, event.charterVersion()));
    }

    @EventHandler
    void on(MemberLoggedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.memberId(), sequence, Map.of(MEMBER_PROFILE.LAST_ACCESS, utc(at)));
    }

    @EventHandler
    void on(LoginEmailChangedEvent event, @SequenceNumber long sequence) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.EMAIL, event.email() == null ? null : event.email().value());
        update(event.memberId(), sequence, values);
    }

    @EventHandler
    void on(NameChangedEvent event, @SequenceNumber long sequence) {
        MemberProfileRecord values = db.newRecord(MEMBER_PROFILE);
        setName(values, event.name());
        update(event.memberId(), sequence, changedValues(values));
    }

    @EventHandler
    void on(NotificationSettingsChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, Map.of(
                MEMBER_PROFILE.NOTIFY_NEW_MESSAGE, event.settings().newMessage(),
                MEMBER_PROFILE.NOTIFY_WALL_POST, event.settings().wallPost(),
                MEMBER_PROFILE.NOTIFY_COOPAIN, event.settings().coopainRequest()));
    }

    @EventHandler
    void on(VisibilityChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, Map.of(MEMBER_PROFILE.VISIBILITY, event.visibility().name()));
    }

    @EventHandler
    void on(PersonalInfoChangedEvent event, @SequenceNumber long sequence) {
        PersonalInfo personal = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.SEX, personal.sex() == null ? null : personal.sex().name());
        values.put(MEMBER_PROFILE.BIRTH_DATE, personal.birthDate());
        update(event.memberId(), sequence, values);
    }

    @EventHandler
    void on(CoordinatesChangedEvent event, @SequenceNumber long sequence) {
        MemberProfileRecord values = db.newRecord(MEMBER_PROFILE);
        setCoordinates(values, event.coordinates() == null ? Coordinates.NONE : event.coordinates());
        update(event.memberId(), sequence, changedValues(values));
    }

    @EventHandler
    void on(PoliticalActivitiesChangedEvent event, @SequenceNumber long sequence) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.POLITICAL_ACTIVITIES, json.write(event.politicalActivities()));
        update(event.memberId(), sequence, values);
    }

    @EventHandler
    void on(PublicInfoChangedEvent event, @SequenceNumber long sequence) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.PUBLIC_INFO, json.write(event.publicInfo()));
        update(event.memberId(), sequence, values);
    }

    @EventHandler
    void on(StatusChangedEvent event, @SequenceNumber long sequence) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.STATUS_TEXT, event.status() == null ? null : event.status().text());
        values.put(MEMBER_PROFILE.STATUS_LINK, event.status() == null ? null : event.status().link());
        update(event.memberId(), sequence, values);
    }

    @EventHandler
    void on(AvatarChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, Map.of(MEMBER_PROFILE.AVATAR_SHA256, event.avatar().sha256()));
    }

    /** INV-7: an undone import's blanks are blank again; the e-mail, when withdrawn, no longer lets them be invited. */
    @EventHandler
    void on(ImportedDataWithdrawnEvent event, @SequenceNumber long sequence) {
        Coordinates coordinates = event.coordinates() == null ? Coordinates.NONE : event.coordinates();
        PersonalInfo personal = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        Map<Field<?>, Object> changed = new HashMap<>();
        changed.put(MEMBER_PROFILE.PHONE, coordinates.phone());
        changed.put(MEMBER_PROFILE.MOBILE, coordinates.mobile());
        changed.put(MEMBER_PROFILE.ADDRESS, coordinates.address());
        changed.put(MEMBER_PROFILE.ADDRESS_COMPLEMENT, coordinates.addressComplement());
        changed.put(MEMBER_PROFILE.POSTAL_CODE, coordinates.postalCode());
        changed.put(MEMBER_PROFILE.CITY, coordinates.city());
        changed.put(MEMBER_PROFILE.COUNTRY, coordinates.country());
        changed.put(MEMBER_PROFILE.SEX, personal.sex() == null ? null : personal.sex().name());
        changed.put(MEMBER_PROFILE.BIRTH_DATE, personal.birthDate());
        changed.put(MEMBER_PROFILE.MEMBERSHIP_DATE, event.membershipDate());
        if (event.membershipNumberWithdrawn()) changed.put(MEMBER_PROFILE.MEMBERSHIP_NUMBER, null);
        if (event.emailWithdrawn()) {
            changed.put(MEMBER_PROFILE.EMAIL, null);
            changed.put(MEMBER_PROFILE.ACCOUNT_STATE, DSL.when(MEMBER_PROFILE.ACCOUNT_STATE.eq(AccountState.TO_INVITE.name()),
                    AccountState.INCOMPLETE.name()).otherwise(MEMBER_PROFILE.ACCOUNT_STATE));
        }
        update(event.memberId(), sequence, changed);
    }

    @EventHandler
    void on(ImportedDataMergedEvent event, @SequenceNumber long sequence) {
        MemberProfileRecord values = db.newRecord(MEMBER_PROFILE);
        setCoordinates(values, event.coordinates() == null ? Coordinates.NONE : event.coordinates());
        PersonalInfo personal = event.personalInfo() == null ? PersonalInfo.NONE : event.personalInfo();
        values.setSex(personal.sex() == null ? null : personal.sex().name());
        values.setBirthDate(personal.birthDate());
        values.setMembershipDate(event.membershipDate());
        if (event.membershipNumber() != null) values.setMembershipNumber(event.membershipNumber());
        Map<Field<?>, Object> changed = changedValues(values);
        if (event.email() != null) {
            changed.put(MEMBER_PROFILE.EMAIL, event.email().value());
            changed.put(MEMBER_PROFILE.ACCOUNT_STATE, DSL.when(MEMBER_PROFILE.ACCOUNT_STATE.eq(AccountState.INCOMPLETE.name()),
                    AccountState.TO_INVITE.name()).otherwise(MEMBER_PROFILE.ACCOUNT_STATE));
        }
        update(event.memberId(), sequence, changed);
    }

    @EventHandler
    void on(MemberMovedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, Map.of(
                MEMBER_PROFILE.SECTION_ID, event.toSection().value(),
                MEMBER_PROFILE.FEDERATION_ID, event.toFederation().value()));
    }

    /** MOD-1: hidden by a moderator, or shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.PROFILE) return;
        BatchWrites.write(decision.contentId(), db.update(MEMBER_PROFILE).set(MEMBER_PROFILE.HIDDEN, decision.hidden())
                .where(MEMBER_PROFILE.MEMBER_ID.eq(decision.contentId())));
    }

    @ResetHandler
    void reset() {
        db.truncate(MEMBER_PROFILE).execute();
    }

    @EventHandler
    void on(CharterAcceptedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, Map.of(MEMBER_PROFILE.CHARTER_VERSION, event.charterVersion()));
    }

    /**
     * GDPR-2: every personal column is emptied. The row stays, so that counts still hold and what the member wrote
     * is still shown, under the name "Membre supprimé" — the name every read path shows for them. A person removed
     * with the import that created them (INV-7) was never more than a line of that file, untouched since: no row
     * stays.
     */
    @EventHandler
    void on(MemberErasedEvent event, @SequenceNumber long sequence) {
        if (event.undoneImport() != null) {
            BatchWrites.write(event.memberId().value(),
                    db.deleteFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(event.memberId().value())));
            return;
        }
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(MEMBER_PROFILE.FIRST_NAME, ERASED_FIRST_NAME);
        values.put(MEMBER_PROFILE.LAST_NAME, ERASED_LAST_NAME);
        values.put(MEMBER_PROFILE.ACCOUNT_STATE, AccountState.ERASED.name());
        for (Field<?> personal : List.of(MEMBER_PROFILE.FOLDED_NAME, MEMBER_PROFILE.EMAIL, MEMBER_PROFILE.PHONE,
                MEMBER_PROFILE.MOBILE, MEMBER_PROFILE.ADDRESS, MEMBER_PROFILE.ADDRESS_COMPLEMENT,
                MEMBER_PROFILE.POSTAL_CODE, MEMBER_PROFILE.CITY, MEMBER_PROFILE.COUNTRY, MEMBER_PROFILE.SEX,
                MEMBER_PROFILE.BIRTH_DATE, MEMBER_PROFILE.MEMBERSHIP_NUMBER, MEMBER_PROFILE.MEMBERSHIP_DATE,
                MEMBER_PROFILE.POLITICAL_ACTIVITIES, MEMBER_PROFILE.PUBLIC_INFO, MEMBER_PROFILE.STATUS_TEXT,
                MEMBER_PROFILE.STATUS_LINK, MEMBER_PROFILE.AVATAR_SHA256)) {
            values.put(personal, null);
        }
        update(event.memberId(), sequence, values);
    }

    private void update(MemberId memberId, long sequence, Map<? extends Field<?>, ?> values) {
        if (values.values().stream().anyMatch(value -> value instanceof QueryPart)) {
            // An expression (a CASE) has a text of its own, and reads the row: written as it comes.
            BatchWrites.write(memberId.value(), guardedUpdate(db, memberId.value(), values, sequence));
            return;
        }
        BatchWrites.write(memberId.value(), new ProfileWrite(db, memberId.value(), null, values, sequence));
    }

    /**
     * A profile's row written by one event, or by several events of a batch in a row: created with the values
     * {@code inserted} (null: the row exists), then set to {@code values}, as of the event {@code sequence}.
     *
     * <p>Every update sets plain values, so a run of them is the last value of each column they set, guarded by the last
     * sequence: applied to a row that already holds the first events of the run (a batch handled again), it sets
     * those columns to what they hold, then the rest. A creation the row already exists for is ignored, as alone,
     * and the updates folded into it still apply, under the same guard.
     */
    private record ProfileWrite(DSLContext db, String memberId, Map<Field<?>, Object> inserted,
                                Map<? extends Field<?>, ?> values, long sequence) implements BatchWrites.Foldable {

        /** What the statement's text depends on: the columns set, in the order they are set. */
        private record Shape(List<String> inserted, List<String> updated) {
        }

        @Override
        public Optional<BatchWrites.Foldable> then(BatchWrites.Foldable next) {
            if (!(next instanceof ProfileWrite later) || later.inserted() != null) return Optional.empty();
            Map<Field<?>, Object> folded = new LinkedHashMap<>(values);
            folded.putAll(later.values());
            return Optional.of(new ProfileWrite(db, memberId, inserted, folded, later.sequence()));
        }

        @Override
        public Object shape() {
            return new Shape(inserted == null ? null : names(inserted.keySet()), names(values.keySet()));
        }

        @Override
        public Query query() {
            if (inserted == null) return guardedUpdate(db, memberId, values, sequence);
            var insert = db.insertInto(MEMBER_PROFILE).set(insertedRow()).onConflict(MEMBER_PROFILE.MEMBER_ID);
            if (values.isEmpty()) return insert.doNothing();
            Map<Field<?>, Object> updated = new LinkedHashMap<>();
            for (Field<?> column : values.keySet()) updated.put(column, DSL.excluded(column));
            updated.put(MEMBER_PROFILE.LAST_EVENT_SEQUENCE, DSL.excluded(MEMBER_PROFILE.LAST_EVENT_SEQUENCE));
            return insert.doUpdate().set(updated)
                    .where(MEMBER_PROFILE.LAST_EVENT_SEQUENCE.lt(DSL.excluded(MEMBER_PROFILE.LAST_EVENT_SEQUENCE)));
        }

        @Override
        public List<?> bindValues() {
            if (inserted != null) return new ArrayList<>(insertedRow().values());
            List<Object> bound = new ArrayList<>(values.values());
            bound.addAll(List.of(sequence, memberId, sequence));
            return bound;
        }

        private Map<Field<?>, Object> insertedRow() {
            Map<Field<?>, Object> row = new LinkedHashMap<>(inserted);
            row.putAll(values);
            row.put(MEMBER_PROFILE.LAST_EVENT_SEQUENCE, sequence);
            return row;
        }

        private static List<String> names(Collection<? extends Field<?>> columns) {
            List<String> names = new ArrayList<>(columns.size());
            for (Field<?> column : columns) names.add(column.getName());
            return names;
        }
    }

    /** Sets {@code values} on the member's row unless it already holds the event {@code sequence} or a later one. */
    private static Query guardedUpdate(DSLContext db, String memberId, Map<? extends Field<?>, ?> values, long sequence) {
        return db.update(MEMBER_PROFILE)
                .set(values)
                .set(MEMBER_PROFILE.LAST_EVENT_SEQUENCE, sequence)
                .where(MEMBER_PROFILE.MEMBER_ID.eq(memberId))
                .and(MEMBER_PROFILE.LAST_EVENT_SEQUENCE.lt(sequence));
    }

    /** The columns set on {@code record}, in the table's order. */
    private static Map<Field<?>, Object> changedValues(MemberProfileRecord record) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field)) values.put(field, record.get(field));
        }
        return values;
    }

    /** A shredded name (GDPR-2) reads as null: the row keeps no trace of it. */
    private static void setName(MemberProfileRecord row, PersonName name) {
        row.setFirstName(name == null ? null : name.firstName());
        row.setLastName(name == null ? null : name.lastName());
        row.setFoldedName(name == null ? null : Folding.fold(name.firstName() + " " + name.lastName()));
    }

    private static void setCoordinates(MemberProfileRecord row, Coordinates coordinates) {
        row.setPhone(coordinates.phone());
        row.setMobile(coordinates.mobile());
        row.setAddress(coordinates.address());
        row.setAddressComplement(coordinates.addressComplement());
        row.setPostalCode(coordinates.postalCode());
        row.setCity(coordinates.city());
        row.setCountry(coordinates.country());
    }
}
