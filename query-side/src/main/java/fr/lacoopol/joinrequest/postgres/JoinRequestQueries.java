package fr.lacoopol.joinrequest.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.JOIN_REQUEST;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.joinrequest.query.FindJoinRequestQuery;
import fr.lacoopol.joinrequest.query.JoinRequestPage;
import fr.lacoopol.joinrequest.query.JoinRequestView;
import fr.lacoopol.joinrequest.query.ListJoinRequestsQuery;
import fr.lacoopol.organisation.postgres.SectionManagers;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * SEC-4: the requests a section's managers decide, or, for requests no section covers, the federation's
 * referent. A member's own request shows the member's name from their profile (the secretary deciding
 * must know who asks), never their private data.
 */
@Component
class JoinRequestQueries {

    private final DSLContext db;
    private final SectionManagers managers;

    JoinRequestQueries(DSLContext db, SectionManagers managers) {
        this.db = db;
        this.managers = managers;
    }

    @QueryHandler
    JoinRequestPage handle(ListJoinRequestsQuery query) {
        Condition where;
        if (query.sectionId() != null) {
            managers.require(query.viewer(), query.sectionId());
            where = JOIN_REQUEST.SECTION_ID.eq(query.sectionId().value());
        } else {
            if (!query.viewer().isReferentOf(query.federationId())) {
                throw new NotFoundException();
            }
            where = JOIN_REQUEST.FEDERATION_ID.eq(query.federationId().value()).and(JOIN_REQUEST.SECTION_ID.isNull());
        }
        if (query.state() != null) where = where.and(JOIN_REQUEST.STATE.eq(query.state()));
        long total = db.fetchCount(JOIN_REQUEST, where);
        List<JoinRequestView> items = select().where(where)
                .orderBy(JOIN_REQUEST.SUBMITTED_AT.desc(), JOIN_REQUEST.REQUEST_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(JoinRequestQueries::view);
        return new JoinRequestPage(items, total, query.page(), query.size());
    }

    @QueryHandler
    Optional<JoinRequestView> handle(FindJoinRequestQuery query) {
        Optional<JoinRequestView> request = select().where(JOIN_REQUEST.REQUEST_ID.eq(query.requestId().value()))
                .fetchOptional(JoinRequestQueries::view);
        return request.filter(r -> decides(query.viewer(), r));
    }

    private boolean decides(Viewer viewer, JoinRequestView request) {
        if (request.sectionId() != null) return managers.manages(viewer, new SectionId(request.sectionId()));
        return viewer.isReferentOf(new FederationId(request.federationId()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(JOIN_REQUEST.asterisk(), MEMBER_PROFILE.FIRST_NAME.as("member_first_name"),
                        MEMBER_PROFILE.LAST_NAME.as("member_last_name"))
                .from(JOIN_REQUEST)
                .leftJoin(MEMBER_PROFILE).on(MEMBER_PROFILE.MEMBER_ID.eq(JOIN_REQUEST.MEMBER_ID)
                        .and(JOIN_REQUEST.KIND.eq("MEMBER")));
    }

    private static JoinRequestView view(Record r) {
        boolean member = "MEMBER".equals(r.get(JOIN_REQUEST.KIND));
        return new JoinRequestView(r.get(JOIN_REQUEST.REQUEST_ID), r.get(JOIN_REQUEST.KIND), r.get(JOIN_REQUEST.MEMBER_ID),
                member ? r.get("member_first_name", String.class) : r.get(JOIN_REQUEST.FIRST_NAME),
                member ? r.get("member_last_name", String.class) : r.get(JOIN_REQUEST.LAST_NAME),
                r.get(JOIN_REQUEST.EMAIL), r.get(JOIN_REQUEST.POSTAL_CODE), r.get(JOIN_REQUEST.STATE),
                r.get(JOIN_REQUEST.SECTION_ID), r.get(JOIN_REQUEST.FEDERATION_ID),
                instant(r.get(JOIN_REQUEST.SUBMITTED_AT)), instant(r.get(JOIN_REQUEST.DECIDED_AT)));
    }
}
