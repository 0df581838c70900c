package fr.lacoopol.organisation.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.jooq.Tables.FEDERATION;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_BUREAU;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;

import fr.lacoopol.coopain.postgres.CoopainGraph;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.ProfileAudience;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.organisation.query.FindPostalCodeCoverageQuery;
import fr.lacoopol.organisation.query.FindSectionQuery;
import fr.lacoopol.organisation.query.MemberRef;
import fr.lacoopol.organisation.query.PostalCodeCoverage;
import fr.lacoopol.organisation.query.SectionView;
import fr.lacoopol.readmodel.jooq.tables.records.SectionRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** A section's page (SEC-1), and which section or federation covers a postal code (ACC-5). */
@Component
class SectionQueries {

    private final DSLContext db;
    private final SectionManagers managers;
    private final CoopainGraph coopains;

    SectionQueries(DSLContext db, SectionManagers managers, CoopainGraph coopains) {
        this.coopains = coopains;
        this.db = db;
        this.managers = managers;
    }

    /**
     * Any member reads a section's page. Its secretaries are always named (their profiles are public, P4); the
     * treasurer and the bureau only when the viewer may see their profile; the member count only for managers.
     */
    @QueryHandler
    Optional<SectionView> handle(FindSectionQuery query) {
        SectionRecord section = db.selectFrom(SECTION).where(SECTION.SECTION_ID.eq(query.sectionId().value())).fetchOne();
        if (section == null || !query.viewer().isMember() && !query.viewer().administrator()) return Optional.empty();
        String federationName = db.select(FEDERATION.NAME).from(FEDERATION)
                .where(FEDERATION.FEDERATION_ID.eq(section.getFederationId())).fetchOne(FEDERATION.NAME);
        List<String> secretaryIds = db.select(SECTION_SECRETARY.MEMBER_ID).from(SECTION_SECRETARY)
                .where(SECTION_SECRETARY.SECTION_ID.eq(section.getSectionId())).fetch(SECTION_SECRETARY.MEMBER_ID);
        List<String> bureauIds = db.select(SECTION_BUREAU.MEMBER_ID).from(SECTION_BUREAU)
                .where(SECTION_BUREAU.SECTION_ID.eq(section.getSectionId()))
                .orderBy(SECTION_BUREAU.POSITION).fetch(SECTION_BUREAU.MEMBER_ID);
        Set<String> named = new HashSet<>(secretaryIds);
        named.addAll(bureauIds);
        if (section.getTreasurerId() != null) named.add(section.getTreasurerId());
        Set<String> secretaries = new HashSet<>(secretaryIds);
        Map<String, ? extends Record> people = db.select(MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME,
                        MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.SECTION_ID, MEMBER_PROFILE.VISIBILITY,
                        MEMBER_PROFILE.ACCOUNT_STATE, MEMBER_PROFILE.HIDDEN)
                .from(MEMBER_PROFILE).where(MEMBER_PROFILE.MEMBER_ID.in(named))
                .fetchMap(MEMBER_PROFILE.MEMBER_ID);
        Set<String> viewersCoopains = coopains.coopainsAmong(query.viewer(), named);
        Function<String, MemberRef> visible = id -> {
            Record person = people.get(id);
            if (person == null) return null;
            SectionId personSection = person.get(MEMBER_PROFILE.SECTION_ID) == null ? null
                    : new SectionId(person.get(MEMBER_PROFILE.SECTION_ID));
            ProfileAudience audience = ProfileAudience.of(query.viewer(), new MemberId(id), personSection,
                    viewersCoopains.contains(id));
            boolean listed = ProfileAudience.listed(person.get(MEMBER_PROFILE.ACCOUNT_STATE),
                    person.get(MEMBER_PROFILE.HIDDEN));
            if (!audience.maySeeProfile(Visibility.valueOf(person.get(MEMBER_PROFILE.VISIBILITY)),
                    secretaries.contains(id), listed)) {
                return null;
            }
            return new MemberRef(id, person.get(MEMBER_PROFILE.FIRST_NAME), person.get(MEMBER_PROFILE.LAST_NAME));
        };
        List<MemberRef> secretaryRefs = refs(secretaryIds, visible);
        List<MemberRef> bureau = refs(bureauIds, visible);
        MemberRef treasurer = section.getTreasurerId() == null ? null : visible.apply(section.getTreasurerId());
        Long memberCount = managers.manages(query.viewer(), query.sectionId())
                ? (long) db.fetchCount(MEMBER_PROFILE, MEMBER_PROFILE.SECTION_ID.eq(section.getSectionId())) : null;
        String avatar = fileUrl(section.getAvatarSha256());
        return Optional.of(new SectionView(section.getSectionId(), section.getName(), avatar, section.getStreet(),
                section.getPostalCode(), section.getCity(), section.getCountry(), section.getPhone(),
                section.getWebsite(), section.getFacebook(), section.getTwitter(), section.getFederationId(),
                federationName, secretaryRefs, treasurer, bureau, memberCount, section.getConfigurationVersion()));
    }

    /** The one section whose address has this postal code; else the federation of its département; else none. */
    @QueryHandler
    Optional<PostalCodeCoverage> handle(FindPostalCodeCoverageQuery query) {
        String postalCode = query.postalCode() == null ? "" : query.postalCode().replace(" ", "");
        var sections = db.select(SECTION.SECTION_ID, SECTION.FEDERATION_ID).from(SECTION)
                .where(SECTION.POSTAL_CODE.eq(postalCode)).limit(2).fetch();
        if (sections.size() == 1) {
            return Optional.of(new PostalCodeCoverage(sections.get(0).get(SECTION.SECTION_ID),
                    sections.get(0).get(SECTION.FEDERATION_ID)));
        }
        return departmentOf(postalCode)
                .flatMap(department -> db.select(FEDERATION.FEDERATION_ID).from(FEDERATION)
                        .where(FEDERATION.DEPARTMENT_CODE.eq(department)).limit(1)
                        .fetchOptional(FEDERATION.FEDERATION_ID))
                .map(federation -> new PostalCodeCoverage(null, federation));
    }

    /** The département of a French postal code: 75007 → 75, 20090 → 2A, 20200 → 2B, 97400 → 974. */
    static Optional<String> departmentOf(String postalCode) {
        if (postalCode == null || !postalCode.matches("\\d{5}")) return Optional.empty();
        if (postalCode.startsWith("97") || postalCode.startsWith("98")) return Optional.of(postalCode.substring(0, 3));
        if (postalCode.startsWith("20")) return Optional.of(postalCode.compareTo("20200") < 0 ? "2A" : "2B");
        return Optional.of(postalCode.substring(0, 2));
    }

    private static List<MemberRef> refs(List<String> ids, Function<String, MemberRef> visible) {
        List<MemberRef> refs = new ArrayList<>();
        for (String id : ids) {
            MemberRef ref = visible.apply(id);
            if (ref != null) refs.add(ref);
        }
        return refs;
    }
}
