package fr.lacoopol.member.postgres;

import fr.lacoopol.readmodel.ReadModelTests;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.Mandate;
import fr.lacoopol.member.MemberStatus;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.member.PoliticalInterest;
import fr.lacoopol.member.PublicInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.event.AvatarChangedEvent;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberLoggedInEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.NotificationSettingsChangedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PersonalInfoChangedEvent;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.readmodel.jooq.tables.records.MemberProfileRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The member_profile projection on the real PostgreSQL: every event applied twice leaves the same row. */
class MemberProfileProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final MemberProfileProjection projection = new MemberProfileProjection(db, ReadModelTests.json());

    @Test
    void eachEventAppliedTwiceLeavesTheSameRow() {
        MemberId id = MemberId.random();
        Instant at = Instant.parse("2026-11-20T09:00:00Z");
        EmailAddress email = new EmailAddress("twice-" + id.value().substring(0, 8) + "@exemple.fr");
        PersonName name = new PersonName("Anaïs", "Deuxfois");
        List<Consumer<Long>> events = List.of(
                seq -> projection.on(new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"),
                        MembershipType.SUPPORTER, name, email, Coordinates.NONE, PersonalInfo.NONE, "A-1", null), seq),
                seq -> projection.on(new MemberInvitedEvent(id, "inv", at.plusSeconds(86400), email, name), seq, at),
                seq -> projection.on(new InvitationAcceptedEvent(id, "inv", "2026-01"), seq, at),
                seq -> projection.on(new MemberLoggedInEvent(id), seq, at.plusSeconds(60)),
                seq -> projection.on(new NameChangedEvent(id, new PersonName("Anaïs", "Unefois")), seq),
                seq -> projection.on(new CoordinatesChangedEvent(id,
                        new Coordinates("01", "06", "1 rue A", null, "75001", "Paris", "France")), seq),
                seq -> projection.on(new PersonalInfoChangedEvent(id, new PersonalInfo(Sex.FEMALE, LocalDate.of(1991, 3, 4))), seq),
                seq -> projection.on(new PoliticalActivitiesChangedEvent(id, new PoliticalActivities("quartier",
                        List.of(new Mandate("maire", "culture")), List.of(), false)), seq),
                seq -> projection.on(new PublicInfoChangedEvent(id, new PublicInfo("libraire", null, null, null, null,
                        Set.of(PoliticalInterest.CULTURE))), seq),
                seq -> projection.on(new StatusChangedEvent(id, new MemberStatus("en campagne", null)), seq),
                seq -> projection.on(new VisibilityChangedEvent(id, Visibility.EVERYONE), seq),
                seq -> projection.on(new NotificationSettingsChangedEvent(id, new NotificationSettings(false, true, false)), seq),
                seq -> projection.on(new AvatarChangedEvent(id, new StoredFile("a".repeat(64), "image/png", 10)), seq),
                seq -> projection.on(new LoginEmailChangedEvent(id, "chg", new EmailAddress("nouvelle-" + email.value())), seq));

        for (int i = 0; i < events.size(); i++) {
            events.get(i).accept((long) i);
            Map<String, Object> once = row(id);
            events.get(i).accept((long) i);
            assertThat(row(id)).as("event %d applied twice", i).isEqualTo(once);
        }
        // A late redelivery of an older event changes nothing either.
        Map<String, Object> settled = row(id);
        events.get(4).accept(4L);
        assertThat(row(id)).isEqualTo(settled);

        MemberProfileRecord member = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value())).fetchOne();
        assertThat(member.getLastName()).isEqualTo("Unefois");
        assertThat(member.getFoldedName()).isEqualTo("anais unefois");
        assertThat(member.getAccountState()).isEqualTo("ACTIVE");
        assertThat(member.getCity()).isEqualTo("Paris");
        assertThat(member.getVisibility()).isEqualTo("EVERYONE");
        assertThat(member.getEmail()).isEqualTo("nouvelle-" + email.value());
        assertThat(member.getNotifyNewMessage()).isFalse();
        assertThat(member.getLastEventSequence()).isEqualTo(events.size() - 1);
        // These events are not in the event store: the row must not outlive the test (replays compare).
        db.deleteFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value())).execute();
    }

    /**
     * A tracking processor's batch is one unit of work: its rows are written together at its commit, each row's
     * statements in the order of its events, the same statement for several rows in one prepared batch.
     */
    @Test
    void aBatchsRowsAreWrittenAtItsCommitInTheOrderOfItsEvents() {
        MemberId kept = MemberId.random();
        MemberId other = MemberId.random();
        MemberId rolledBack = MemberId.random();
        Instant at = Instant.parse("2026-12-02T09:00:00Z");

        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(created(kept, "Batch"), 0);
        projection.on(created(other, "Autre"), 0);
        projection.on(new NameChangedEvent(kept, new PersonName("Paul", "Premier")), 1);
        projection.on(new NameChangedEvent(other, new PersonName("Paul", "Changé")), 1);
        projection.on(new VisibilityChangedEvent(other, Visibility.EVERYONE), 2);
        projection.on(new NameChangedEvent(kept, new PersonName("Paul", "Second")), 2);
        projection.on(new InvitationAcceptedEvent(kept, "inv", "2026-01"), 3, at);
        // Each member's fifth statement, in one prepared batch: declared the same shape (the columns set), a null
        // value and a value must bind alike.
        projection.on(new StatusChangedEvent(kept, new MemberStatus("en campagne", null)), 4);
        projection.on(new NameChangedEvent(other, new PersonName("Paul", "Changé")), 3);
        projection.on(new StatusChangedEvent(other, new MemberStatus("tractage", "https://www.lacoopol.fr/tract")), 4);
        assertThat(row(kept)).as("nothing written before the batch commits").isNull();
        batch.commit();
        MemberProfileRecord written = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(kept.value())).fetchOne();
        assertThat(written.getLastName()).isEqualTo("Second");
        assertThat(written.getAccountState()).isEqualTo("ACTIVE");
        assertThat(written.getStatusText()).isEqualTo("en campagne");
        assertThat(written.getStatusLink()).isNull();
        assertThat(written.getLastEventSequence()).isEqualTo(4);
        MemberProfileRecord second = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(other.value())).fetchOne();
        assertThat(second.getLastName()).isEqualTo("Changé");
        assertThat(second.getVisibility()).isEqualTo("EVERYONE");
        assertThat(second.getStatusText()).isEqualTo("tractage");
        assertThat(second.getStatusLink()).isEqualTo("https://www.lacoopol.fr/tract");
        assertThat(second.getLastEventSequence()).isEqualTo(4);

        DefaultUnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(null);
        projection.on(created(rolledBack, "Jamais"), 0);
        failed.rollback();
        assertThat(row(rolledBack)).as("a batch rolled back writes nothing").isNull();

        db.deleteFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(kept.value(), other.value())).execute();
    }

    /**
     * A row's writes in one batch are folded into one statement: a batch handled again over rows that hold its first
     * events ends where it ended the first time, and a write that reads the row (a CASE) keeps its place between the
     * folded ones.
     */
    @Test
    void aBatchHandledAgainOverItsFirstEventsEndsTheSame() {
        MemberId id = MemberId.random();
        PersonToInviteCreatedEvent creation = new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"),
                MembershipType.MEMBER, new PersonName("Paul", "Premier"), new EmailAddress("paul.premier@exemple.fr"),
                Coordinates.NONE, PersonalInfo.NONE, null, null);
        DefaultUnitOfWork<?> first = DefaultUnitOfWork.startAndGet(null);
        projection.on(creation, 0);
        projection.on(new NameChangedEvent(id, new PersonName("Paul", "Deuxième")), 1);
        first.commit();

        assertThat(db.fetchValue(MEMBER_PROFILE.ACCOUNT_STATE, MEMBER_PROFILE.MEMBER_ID.eq(id.value())))
                .isEqualTo("TO_INVITE");

        DefaultUnitOfWork<?> again = DefaultUnitOfWork.startAndGet(null);
        projection.on(creation, 0);
        projection.on(new NameChangedEvent(id, new PersonName("Paul", "Deuxième")), 1);
        projection.on(new VisibilityChangedEvent(id, Visibility.EVERYONE), 2);
        // The person's address withdrawn with an undone import: INCOMPLETE only if still TO_INVITE.
        projection.on(new ImportedDataWithdrawnEvent(id, new ImportId("i"), true, Coordinates.NONE, PersonalInfo.NONE,
                false, null, List.of("email")), 3);
        projection.on(new StatusChangedEvent(id, new MemberStatus("de retour", null)), 4);
        again.commit();

        MemberProfileRecord row = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value())).fetchOne();
        assertThat(row.getLastName()).isEqualTo("Deuxième");
        assertThat(row.getVisibility()).isEqualTo("EVERYONE");
        assertThat(row.getAccountState()).as("the CASE read the row the creation had made").isEqualTo("INCOMPLETE");
        assertThat(row.getEmail()).isNull();
        assertThat(row.getStatusText()).isEqualTo("de retour");
        assertThat(row.getLastEventSequence()).isEqualTo(4);

        DefaultUnitOfWork<?> late = DefaultUnitOfWork.startAndGet(null);
        projection.on(new VisibilityChangedEvent(id, Visibility.NETWORK), 3);
        projection.on(new NameChangedEvent(id, new PersonName("Paul", "Ancien")), 4);
        late.commit();
        MemberProfileRecord unchanged = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value()))
                .fetchOne();
        assertThat(unchanged.getVisibility()).as("events the row is past change nothing").isEqualTo("EVERYONE");
        assertThat(unchanged.getLastName()).isEqualTo("Deuxième");

        db.deleteFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value())).execute();
    }

    /**
     * Rows written alike in one batch go as one prepared batch of the values each write lists: each row ends with its
     * own values, dates, instants and nulls included, whether the statements create rows or update them.
     */
    @Test
    void manyRowsWrittenAlikeEachKeepTheirOwnValues() {
        List<MemberId> ids = List.of(MemberId.random(), MemberId.random(), MemberId.random());
        Instant at = Instant.parse("2026-12-03T10:00:00Z");

        DefaultUnitOfWork<?> creations = DefaultUnitOfWork.startAndGet(null);
        for (int i = 0; i < ids.size(); i++) projection.on(created(ids.get(i), "Ligne" + i), 0);
        creations.commit();
        DefaultUnitOfWork<?> updates = DefaultUnitOfWork.startAndGet(null);
        for (int i = 0; i < ids.size(); i++) {
            LocalDate birthDate = i == 1 ? null : LocalDate.of(1980 + i, 1 + i, 10 + i);
            projection.on(new PersonalInfoChangedEvent(ids.get(i), new PersonalInfo(Sex.FEMALE, birthDate)), 1);
            projection.on(new MemberLoggedInEvent(ids.get(i)), 2, at.plusSeconds(i));
        }
        updates.commit();

        for (int i = 0; i < ids.size(); i++) {
            MemberProfileRecord row = db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(ids.get(i).value()))
                    .fetchOne();
            assertThat(row.getLastName()).isEqualTo("Ligne" + i);
            assertThat(row.getBirthDate()).isEqualTo(i == 1 ? null : LocalDate.of(1980 + i, 1 + i, 10 + i));
            assertThat(row.getSex()).isEqualTo(Sex.FEMALE.name());
            assertThat(row.getLastAccess().toInstant()).isEqualTo(at.plusSeconds(i));
            assertThat(row.getLastEventSequence()).isEqualTo(2);
        }
        db.deleteFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(ids.stream().map(MemberId::value).toList())).execute();
    }

    private static PersonToInviteCreatedEvent created(MemberId id, String lastName) {
        return new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"), MembershipType.MEMBER,
                new PersonName("Paul", lastName), null, Coordinates.NONE, PersonalInfo.NONE, null, null);
    }

    private Map<String, Object> row(MemberId id) {
        return db.selectFrom(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.eq(id.value())).fetchOneMap();
    }
}
