package fr.lacoopol.coopain.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN_REQUEST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;

import fr.lacoopol.coopain.query.CoopainPage;
import fr.lacoopol.coopain.query.CoopainRequestPage;
import fr.lacoopol.coopain.query.CoopainRequestView;
import fr.lacoopol.coopain.query.CoopainView;
import fr.lacoopol.coopain.query.CoopainsAmongQuery;
import fr.lacoopol.coopain.query.CoopainshipView;
import fr.lacoopol.coopain.query.FindCoopainshipQuery;
import fr.lacoopol.coopain.query.ListCoopainRequestsQuery;
import fr.lacoopol.coopain.query.ListCoopainsQuery;
import fr.lacoopol.coopain.query.MemberSummary;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.VisibleMembers;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * NET-2 and NET-3, for the viewer only: their pending requests and their coopains. The other member is named,
 * with their section and picture, never with an address.
 */
@Component
class CoopainQueries {

    private final DSLContext db;

    CoopainQueries(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    VisibleMembers handle(CoopainsAmongQuery query) {
        if (!query.viewer().isMember() || query.memberIds().isEmpty()) return new VisibleMembers(Set.of());
        return new VisibleMembers(db.select(COOPAIN.COOPAIN_ID).from(COOPAIN)
                .where(COOPAIN.MEMBER_ID.eq(query.viewer().memberId().value()))
                .and(COOPAIN.COOPAIN_ID.in(query.memberIds().stream().map(MemberId::value).toList()))
                .fetchSet(row -> new MemberId(row.value1())));
    }

    @QueryHandler
    CoopainRequestPage handle(ListCoopainRequestsQuery query) {
        if (!query.viewer().isMember()) return new CoopainRequestPage(List.of(), 0, query.page(), query.size());
        String viewer = query.viewer().memberId().value();
        Field<String> self = query.received() ? COOPAIN_REQUEST.RECIPIENT_ID : COOPAIN_REQUEST.ASKER_ID;
        Field<String> other = query.received() ? COOPAIN_REQUEST.ASKER_ID : COOPAIN_REQUEST.RECIPIENT_ID;
        long total = db.fetchCount(COOPAIN_REQUEST, self.eq(viewer));
        List<CoopainRequestView> items = db.select(COOPAIN_REQUEST.COOPAINSHIP_ID, COOPAIN_REQUEST.ASKED_AT,
                        MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.LAST_NAME,
                        MEMBER_PROFILE.AVATAR_SHA256, SECTION.NAME)
                .from(COOPAIN_REQUEST)
                .join(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(other))
                .leftJoin(SECTION).on(SECTION.SECTION_ID.eq(MEMBER_PROFILE.SECTION_ID))
                .where(self.eq(viewer))
                .orderBy(COOPAIN_REQUEST.ASKED_AT.desc(), COOPAIN_REQUEST.COOPAINSHIP_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(row -> new CoopainRequestView(row.get(COOPAIN_REQUEST.COOPAINSHIP_ID), summary(row),
                        instant(row.get(COOPAIN_REQUEST.ASKED_AT))));
        return new CoopainRequestPage(items, total, query.page(), query.size());
    }

    @QueryHandler
    CoopainPage handle(ListCoopainsQuery query) {
        if (!query.viewer().isMember()) return new CoopainPage(List.of(), 0, query.page(), query.size());
        Condition where = COOPAIN.MEMBER_ID.eq(query.viewer().memberId().value());
        if (query.sameSectionOnly()) {
            where = query.viewer().sectionId() == null ? DSL.falseCondition()
                    : where.and(MEMBER_PROFILE.SECTION_ID.eq(query.viewer().sectionId().value()));
        }
        long total = db.fetchCount(db.selectOne().from(COOPAIN)
                .join(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(COOPAIN.COOPAIN_ID)).where(where));
        List<CoopainView> items = db.select(COOPAIN.SINCE, MEMBER_PROFILE.MEMBER_ID, MEMBER_PROFILE.FIRST_NAME,
                        MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.AVATAR_SHA256, MEMBER_PROFILE.LAST_ACCESS, SECTION.NAME)
                .from(COOPAIN)
                .join(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(COOPAIN.COOPAIN_ID))
                .leftJoin(SECTION).on(SECTION.SECTION_ID.eq(MEMBER_PROFILE.SECTION_ID))
                .where(where)
                .orderBy(MEMBER_PROFILE.LAST_NAME, MEMBER_PROFILE.FIRST_NAME, MEMBER_PROFILE.MEMBER_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(row -> new CoopainView(summary(row), instant(row.get(MEMBER_PROFILE.LAST_ACCESS)),
                        instant(row.get(COOPAIN.SINCE))));
        return new CoopainPage(items, total, query.page(), query.size());
    }

    @QueryHandler
    CoopainshipView handle(FindCoopainshipQuery query) {
        CoopainshipId id = CoopainshipId.between(query.viewer().memberId(), query.otherId());
        String viewer = query.viewer().memberId().value();
        if (db.fetchExists(COOPAIN, COOPAIN.MEMBER_ID.eq(viewer).and(COOPAIN.COOPAIN_ID.eq(query.otherId().value())))) {
            return new CoopainshipView(id.value(), "COOPAINS");
        }
        String asker = db.select(COOPAIN_REQUEST.ASKER_ID).from(COOPAIN_REQUEST)
                .where(COOPAIN_REQUEST.COOPAINSHIP_ID.eq(id.value())).fetchOne(COOPAIN_REQUEST.ASKER_ID);
        if (asker == null) return new CoopainshipView(id.value(), "NONE");
        return new CoopainshipView(id.value(), asker.equals(viewer) ? "ASKED" : "RECEIVED");
    }

    private static MemberSummary summary(Record row) {
        String avatar = row.get(MEMBER_PROFILE.AVATAR_SHA256);
        return new MemberSummary(row.get(MEMBER_PROFILE.MEMBER_ID), row.get(MEMBER_PROFILE.FIRST_NAME),
                row.get(MEMBER_PROFILE.LAST_NAME), row.get(SECTION.NAME), fileUrl(avatar));
    }
}
