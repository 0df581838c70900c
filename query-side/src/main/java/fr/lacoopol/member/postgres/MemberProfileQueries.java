package fr.lacoopol.member.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.MemberStatus;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.NotificationSettings;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.member.ProfileAudience;
import fr.lacoopol.member.PublicInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.member.query.PrivateProfileData;
import fr.lacoopol.member.query.ProfileCounters;
import fr.lacoopol.member.query.RosterPage;
import fr.lacoopol.member.query.RosterRowView;
import fr.lacoopol.member.query.SearchRosterQuery;
import fr.lacoopol.readmodel.ReadModelJson;
import fr.lacoopol.readmodel.jooq.tables.records.MemberProfileRecord;
import fr.lacoopol.search.Folding;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Profiles (PRO-7, GET /api/me) and a secretary's roster search (DIR-4), each answered for its viewer. */
@Component
class MemberProfileQueries {

    /** Avatars are served by the API from the content-addressed store. */
    private static final String AVATAR_PATH = "/api/files/";

    private final DSLContext db;
    private final ReadModelJson json;

    MemberProfileQueries(DSLContext db, ReadModelJson json) {
        this.db = db;
        this.json = json;
    }

    @QueryHandler
    Optional<MemberProfileView> handle(FindMemberProfileQuery query) {
        Record row = db.select(MEMBER_PROFILE.asterisk(), SECTION.NAME, isSecretary())
                .from(MEMBER_PROFILE)
                .leftJoin(SECTION).on(SECTION.SECTION_ID.eq(MEMBER_PROFILE.SECTION_ID))
                .where(MEMBER_PROFILE.MEMBER_ID.eq(query.memberId().value()))
                .fetchOne();
        if (row == null) return Optional.empty();
        MemberProfileRecord member = row.into(MEMBER_PROFILE);
        boolean secretary = row.get(IS_SECRETARY, Boolean.class);
        ProfileAudience audience = ProfileAudience.of(query.viewer(), query.memberId(), sectionOf(member));
        boolean active = AccountState.ACTIVE.name().equals(member.getAccountState());
        if (!audience.maySeeProfile(Visibility.valueOf(member.getVisibility()), secretary, active)) {
            return Optional.empty();
        }
        return Optional.of(view(member, row.get(SECTION.NAME), secretary, audience, query.viewer()));
    }

    @QueryHandler
    RosterPage handle(SearchRosterQuery query) {
        if (!query.viewer().isSecretaryOf(query.sectionId()) && !isReferentOfSection(query.viewer(), query.sectionId())) {
            // Same answer as for a section that does not exist.
            throw new NotFoundException("section_not_found", "section introuvable");
        }
        Condition where = MEMBER_PROFILE.SECTION_ID.eq(query.sectionId().value());
        String folded = Folding.fold(query.text());
        if (folded != null && !folded.isEmpty()) {
            Condition byWord = DSL.noCondition();
            for (String word : folded.split("\\s+")) {
                String pattern = escapeLike(word) + "%";
                byWord = byWord.and(MEMBER_PROFILE.FOLDED_NAME.like(pattern, '\\')
                        .or(MEMBER_PROFILE.FOLDED_NAME.like("% " + pattern, '\\')));
            }
            where = where.and(byWord);
        }
        long total = db.fetchCount(MEMBER_PROFILE, where);
        List<RosterRowView> rows = db.selectFrom(MEMBER_PROFILE)
                .where(where)
                .orderBy(MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.MEMBER_ID)
                .limit(query.size())
                .offset((long) query.page() * query.size())
                .fetch(row -> new RosterRowView(row.getMemberId(), row.getFirstName(), row.getLastName(),
                        MembershipType.valueOf(row.getMembershipType()), Visibility.valueOf(row.getVisibility()),
                        row.getEmail(), row.getPhone() != null ? row.getPhone() : row.getMobile(),
                        row.getAccountState(), instant(row.getLastAccess())));
        return new RosterPage(rows, total, query.page(), query.size());
    }

    private static final org.jooq.Field<Boolean> IS_SECRETARY = DSL.field(DSL.name("is_secretary"), Boolean.class);

    private static org.jooq.Field<Boolean> isSecretary() {
        return DSL.field(DSL.exists(DSL.selectOne().from(SECTION_SECRETARY)
                .where(SECTION_SECRETARY.MEMBER_ID.eq(MEMBER_PROFILE.MEMBER_ID)))).as(IS_SECRETARY);
    }

    private boolean isReferentOfSection(Viewer viewer, SectionId sectionId) {
        String federation = db.select(SECTION.FEDERATION_ID).from(SECTION)
                .where(SECTION.SECTION_ID.eq(sectionId.value())).fetchOne(SECTION.FEDERATION_ID);
        return federation != null && viewer.isReferentOf(new FederationId(federation));
    }

    private MemberProfileView view(MemberProfileRecord m, String sectionName, boolean secretary,
                                   ProfileAudience audience, Viewer viewer) {
        PublicInfo publicInfo = json.read(m.getPublicInfo(), PublicInfo.class);
        MemberStatus status = m.getStatusText() == null && m.getStatusLink() == null ? null
                : new MemberStatus(m.getStatusText(), m.getStatusLink());
        String birthday = m.getBirthDate() == null ? null
                : String.format("--%02d-%02d", m.getBirthDate().getMonthValue(), m.getBirthDate().getDayOfMonth());
        return new MemberProfileView(m.getMemberId(), m.getFirstName(), m.getLastName(),
                MembershipType.valueOf(m.getMembershipType()), secretary,
                m.getAvatarSha256() == null ? null : AVATAR_PATH + m.getAvatarSha256(),
                birthday, m.getCity(), m.getCountry(), publicInfo, status, m.getSectionId(), sectionName,
                // Filled by the coopains, groups and events issues; nothing to count yet.
                new ProfileCounters(0, 0, 0, 0, 0, 0, 0, 0),
                privateData(m, audience, viewer));
    }

    private PrivateProfileData privateData(MemberProfileRecord m, ProfileAudience audience, Viewer viewer) {
        if (audience.maySeePrivateData()) {
            Coordinates coordinates = new Coordinates(m.getPhone(), m.getMobile(), m.getAddress(),
                    m.getAddressComplement(), m.getPostalCode(), m.getCity(), m.getCountry());
            PersonalInfo personal = new PersonalInfo(m.getSex() == null ? null : Sex.valueOf(m.getSex()),
                    m.getBirthDate());
            PoliticalActivities activities = Optional.ofNullable(
                    json.read(m.getPoliticalActivities(), PoliticalActivities.class)).orElse(PoliticalActivities.NONE);
            NotificationSettings notifications = audience == ProfileAudience.SELF
                    ? new NotificationSettings(m.getNotifyNewMessage(), m.getNotifyWallPost(), m.getNotifyCoopain())
                    : null;
            return new PrivateProfileData(m.getEmail(), coordinates, personal, activities,
                    Visibility.valueOf(m.getVisibility()), notifications, m.getMembershipNumber(),
                    m.getMembershipDate(), instant(m.getLastAccess()), m.getAccountState());
        }
        if (ProfileAudience.maySeeEmailAsReferent(viewer, new FederationId(m.getFederationId()))) {
            return new PrivateProfileData(m.getEmail(), null, null, null, null, null, null, null, null, null);
        }
        return null;
    }

    private static SectionId sectionOf(MemberProfileRecord member) {
        return member.getSectionId() == null ? null : new SectionId(member.getSectionId());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
