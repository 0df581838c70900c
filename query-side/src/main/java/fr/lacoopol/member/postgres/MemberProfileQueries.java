package fr.lacoopol.member.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.LIST_MEMBER;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_LIST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.coopain.postgres.CoopainGraph;
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
import fr.lacoopol.member.query.GroupCount;
import fr.lacoopol.member.query.InvitationCounts;
import fr.lacoopol.member.query.InvitationPage;
import fr.lacoopol.member.query.InvitationRowView;
import fr.lacoopol.member.query.MemberName;
import fr.lacoopol.member.query.MemberNames;
import fr.lacoopol.member.query.MayViewImageQuery;
import fr.lacoopol.member.query.MemberNamesQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.member.query.NotificationAddress;
import fr.lacoopol.member.query.NotificationAddresses;
import fr.lacoopol.member.query.NotificationAddressesQuery;
import fr.lacoopol.member.query.PrivateProfileData;
import fr.lacoopol.member.query.ProfileCounters;
import fr.lacoopol.member.query.RosterCounts;
import fr.lacoopol.member.query.RosterPage;
import fr.lacoopol.member.query.RosterRowView;
import fr.lacoopol.member.query.SearchInvitationsQuery;
import fr.lacoopol.member.query.SearchRosterQuery;
import fr.lacoopol.member.query.VisibleMembers;
import fr.lacoopol.member.query.VisibleMembersQuery;
import fr.lacoopol.member.query.ZoneRef;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.readmodel.NameSearch;
import fr.lacoopol.readmodel.ReadModelJson;
import fr.lacoopol.readmodel.jooq.tables.records.MemberProfileRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Profiles (PRO-7, GET /api/me) and a secretary's roster search (DIR-4), each answered for its viewer. */
@Component
class MemberProfileQueries {

    private final DSLContext db;
    private final ReadModelJson json;
    private final SectionManagers managers;
    private final CoopainGraph coopains;

    MemberProfileQueries(DSLContext db, ReadModelJson json, SectionManagers managers, CoopainGraph coopains) {
        this.db = db;
        this.json = json;
        this.managers = managers;
        this.coopains = coopains;
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
        ProfileAudience audience = ProfileAudience.of(query.viewer(), query.memberId(), sectionOf(member),
                coopains.areCoopains(query.viewer(), query.memberId()));
        boolean listed = ProfileAudience.listed(member.getAccountState(), member.getHidden());
        if (!audience.maySeeProfile(Visibility.valueOf(member.getVisibility()), secretary, listed)) {
            return Optional.empty();
        }
        return Optional.of(view(member, row.get(SECTION.NAME), secretary, audience, query.viewer()));
    }

    /** P4, P5 for a set of members at once: the same decision as a profile's, without reading the profiles. */
    @QueryHandler
    VisibleMembers handle(VisibleMembersQuery query) {
        List<String> ids = query.memberIds().stream().map(MemberId::value).distinct().toList();
        if (ids.isEmpty()) return new VisibleMembers(Set.of());
        Set<String> viewersCoopains = coopains.coopainsAmong(query.viewer(), ids);
        Set<MemberId> visible = new HashSet<>();
        for (Record row : db.select(MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.SECTION_ID, MEMBER_PROFILE.VISIBILITY,
                        MEMBER_PROFILE.ACCOUNT_STATE, MEMBER_PROFILE.HIDDEN, isSecretary())
                .from(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(ids)).fetch()) {
            String id = row.get(MEMBER_PROFILE.MEMBER_ID);
            SectionId section = row.get(MEMBER_PROFILE.SECTION_ID) == null ? null : new SectionId(row.get(MEMBER_PROFILE.SECTION_ID));
            ProfileAudience audience = ProfileAudience.of(query.viewer(), new MemberId(id), section, viewersCoopains.contains(id));
            boolean listed = ProfileAudience.listed(row.get(MEMBER_PROFILE.ACCOUNT_STATE), row.get(MEMBER_PROFILE.HIDDEN));
            if (audience.maySeeProfile(Visibility.valueOf(row.get(MEMBER_PROFILE.VISIBILITY)), row.get(IS_SECRETARY, Boolean.class),
                    listed)) {
                visible.add(new MemberId(id));
            }
        }
        return new VisibleMembers(visible);
    }

    @QueryHandler
    Boolean handle(MayViewImageQuery query) {
        Viewer viewer = query.viewer();
        if ((viewer.isMember() || viewer.administrator())
                && db.fetchExists(SECTION, SECTION.AVATAR_SHA256.eq(query.sha256()))) {
            return true;
        }
        List<MemberId> owners = db.select(MEMBER_PROFILE.MEMBER_ID).from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.AVATAR_SHA256.eq(query.sha256()))
                .fetch(row -> new MemberId(row.value1()));
        return !handle(new VisibleMembersQuery(viewer, owners)).memberIds().isEmpty();
    }

    @QueryHandler
    MemberNames handle(MemberNamesQuery query) {
        List<String> ids = query.memberIds().stream().map(MemberId::value).distinct().toList();
        return new MemberNames(db.select(MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME)
                .from(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(ids))
                .fetch(row -> new MemberName(row.value1(), row.value2(), row.value3())));
    }

    /** NOT-1: only active members, with an address, whose switch for this kind is on. */
    @QueryHandler
    NotificationAddresses handle(NotificationAddressesQuery query) {
        List<String> ids = query.memberIds().stream().map(MemberId::value).distinct().toList();
        if (ids.isEmpty()) return new NotificationAddresses(List.of());
        org.jooq.Field<Boolean> switchOn = switch (query.kind()) {
            case NEW_MESSAGE -> MEMBER_PROFILE.NOTIFY_NEW_MESSAGE;
            case WALL_POST -> MEMBER_PROFILE.NOTIFY_WALL_POST;
            case COOPAIN_REQUEST -> MEMBER_PROFILE.NOTIFY_COOPAIN;
            case EVENT, MODERATION -> DSL.inline(true);
        };
        return new NotificationAddresses(db.select(MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.EMAIL, MEMBER_PROFILE.FIRST_NAME)
                .from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.MEMBER_ID.eq(DSL.any(ids.toArray(String[]::new))))
                .and(MEMBER_PROFILE.ACCOUNT_STATE.eq(AccountState.ACTIVE.name()))
                .and(MEMBER_PROFILE.EMAIL.isNotNull())
                .and(switchOn.isTrue())
                .fetch(row -> new NotificationAddress(new MemberId(row.value1()), row.value2(), row.value3())));
    }

    @QueryHandler
    RosterPage handle(SearchRosterQuery query) {
        managers.require(query.viewer(), query.sectionId());
        Condition inSection = MEMBER_PROFILE.SECTION_ID.eq(query.sectionId().value());
        Condition where = inSection.and(NameSearch.byName(MEMBER_PROFILE.FOLDED_NAME, query.text()));
        if (query.type() != null) where = where.and(MEMBER_PROFILE.MEMBERSHIP_TYPE.eq(query.type().name()));
        if (query.listId() != null) where = where.and(onList(query.sectionId(), query.listId().value()));
        if (query.zoneId() != null) where = where.and(onList(query.sectionId(), query.zoneId().value()));
        long total = db.fetchCount(MEMBER_PROFILE, where);
        List<MemberProfileRecord> page = db.selectFrom(MEMBER_PROFILE)
                .where(where)
                .orderBy(MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.MEMBER_ID)
                .limit(query.size())
                .offset((long) query.page() * query.size())
                .fetch();
        Map<String, List<ZoneRef>> zones = zonesOf(page.stream().map(MemberProfileRecord::getMemberId).toList());
        List<RosterRowView> rows = page.stream()
                .map(row -> new RosterRowView(row.getMemberId(), row.getFirstName(), row.getLastName(),
                        MembershipType.valueOf(row.getMembershipType()), Visibility.valueOf(row.getVisibility()),
                        row.getEmail(), row.getPhone() != null ? row.getPhone() : row.getMobile(),
                        row.getAccountState(), instant(row.getLastAccess()),
                        zones.getOrDefault(row.getMemberId(), List.of())))
                .toList();
        return new RosterPage(rows, total, query.page(), query.size(), counts(query.sectionId()));
    }

    /** INV-2: the section's people by invitation state, with the three counts. */
    @QueryHandler
    InvitationPage handle(SearchInvitationsQuery query) {
        managers.require(query.viewer(), query.sectionId());
        Condition where = MEMBER_PROFILE.SECTION_ID.eq(query.sectionId().value())
                .and(MEMBER_PROFILE.ACCOUNT_STATE.eq(query.state().name()));
        long total = db.fetchCount(MEMBER_PROFILE, where);
        var order = query.state() == AccountState.INVITED
                ? List.of(MEMBER_PROFILE.INVITED_AT.desc(), MEMBER_PROFILE.MEMBER_ID.asc())
                : List.of(MEMBER_PROFILE.LAST_NAME.asc(), MEMBER_PROFILE.FIRST_NAME.asc(), MEMBER_PROFILE.MEMBER_ID.asc());
        List<InvitationRowView> rows = db.selectFrom(MEMBER_PROFILE)
                .where(where)
                .orderBy(order)
                .limit(query.size())
                .offset((long) query.page() * query.size())
                .fetch(row -> new InvitationRowView(row.getMemberId(), row.getFirstName(), row.getLastName(),
                        MembershipType.valueOf(row.getMembershipType()), row.getEmail(),
                        AccountState.valueOf(row.getAccountState()), instant(row.getInvitedAt())));
        Map<String, Integer> byState = db.select(MEMBER_PROFILE.ACCOUNT_STATE, DSL.count())
                .from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.SECTION_ID.eq(query.sectionId().value()))
                .groupBy(MEMBER_PROFILE.ACCOUNT_STATE)
                .fetchMap(MEMBER_PROFILE.ACCOUNT_STATE, DSL.count());
        InvitationCounts counts = new InvitationCounts(byState.getOrDefault(AccountState.TO_INVITE.name(), 0),
                byState.getOrDefault(AccountState.INVITED.name(), 0), byState.getOrDefault(AccountState.INCOMPLETE.name(), 0));
        return new InvitationPage(rows, total, query.page(), query.size(), counts);
    }

    /** On a list or in a zone of this very section (another section's list filters everything out). */
    private static Condition onList(SectionId sectionId, String listId) {
        return DSL.exists(DSL.selectOne().from(LIST_MEMBER).join(MEMBER_LIST).on(MEMBER_LIST.LIST_ID.eq(LIST_MEMBER.LIST_ID))
                .where(LIST_MEMBER.LIST_ID.eq(listId))
                .and(MEMBER_LIST.SECTION_ID.eq(sectionId.value()))
                .and(LIST_MEMBER.MEMBER_ID.eq(MEMBER_PROFILE.MEMBER_ID)));
    }

    private Map<String, List<ZoneRef>> zonesOf(List<String> memberIds) {
        if (memberIds.isEmpty()) return Map.of();
        return db.select(LIST_MEMBER.MEMBER_ID, MEMBER_LIST.LIST_ID, MEMBER_LIST.NAME)
                .from(LIST_MEMBER).join(MEMBER_LIST).on(MEMBER_LIST.LIST_ID.eq(LIST_MEMBER.LIST_ID))
                .where(LIST_MEMBER.MEMBER_ID.in(memberIds))
                .and(MEMBER_LIST.KIND.eq("ZONE"))
                .orderBy(MEMBER_LIST.NAME)
                .fetchGroups(LIST_MEMBER.MEMBER_ID, r -> new ZoneRef(r.value2(), r.value3()));
    }

    /** SEC-2 and LST-4: the tabs' counts, whatever the filters. */
    private RosterCounts counts(SectionId sectionId) {
        Map<String, Integer> byType = db.select(MEMBER_PROFILE.MEMBERSHIP_TYPE, DSL.count())
                .from(MEMBER_PROFILE)
                .where(MEMBER_PROFILE.SECTION_ID.eq(sectionId.value()))
                .groupBy(MEMBER_PROFILE.MEMBERSHIP_TYPE)
                .fetchMap(MEMBER_PROFILE.MEMBERSHIP_TYPE, DSL.count());
        var groups = db.select(MEMBER_LIST.LIST_ID, MEMBER_LIST.KIND, MEMBER_LIST.NAME, DSL.count(LIST_MEMBER.MEMBER_ID))
                .from(MEMBER_LIST).leftJoin(LIST_MEMBER).on(LIST_MEMBER.LIST_ID.eq(MEMBER_LIST.LIST_ID))
                .where(MEMBER_LIST.SECTION_ID.eq(sectionId.value()))
                .groupBy(MEMBER_LIST.LIST_ID, MEMBER_LIST.KIND, MEMBER_LIST.NAME)
                .orderBy(MEMBER_LIST.NAME, MEMBER_LIST.LIST_ID)
                .fetch();
        List<GroupCount> lists = groups.stream().filter(g -> "LIST".equals(g.value2()))
                .map(g -> new GroupCount(g.value1(), g.value3(), g.value4())).toList();
        List<GroupCount> zones = groups.stream().filter(g -> "ZONE".equals(g.value2()))
                .map(g -> new GroupCount(g.value1(), g.value3(), g.value4())).toList();
        int members = byType.getOrDefault(MembershipType.MEMBER.name(), 0);
        int supporters = byType.getOrDefault(MembershipType.SUPPORTER.name(), 0);
        return new RosterCounts(members + supporters, members, supporters, lists, zones);
    }

    private static final org.jooq.Field<Boolean> IS_SECRETARY = DSL.field(DSL.name("is_secretary"), Boolean.class);

    private static org.jooq.Field<Boolean> isSecretary() {
        return DSL.field(DSL.exists(DSL.selectOne().from(SECTION_SECRETARY)
                .where(SECTION_SECRETARY.MEMBER_ID.eq(MEMBER_PROFILE.MEMBER_ID)))).as(IS_SECRETARY);
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
                fileUrl(m.getAvatarSha256()),
                birthday, m.getCity(), m.getCountry(), publicInfo, status, m.getSectionId(), sectionName,
                // Groups and events come with their issues; nothing to count there yet.
                new ProfileCounters(coopains.countOf(new MemberId(m.getMemberId())), 0, 0, 0, 0, 0, 0, 0),
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
}
