package fr.lacoopol.joinrequest.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.JOIN_REQUEST;

import fr.lacoopol.joinrequest.event.JoinAskedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestAcceptedEvent;
import fr.lacoopol.joinrequest.event.JoinRequestRefusedEvent;
import fr.lacoopol.joinrequest.event.PreRegistrationSubmittedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The DEMANDES tab (SEC-4): requests to join, pending or decided. Idempotent: each write sets final values. */
@Component
@ProcessingGroup("join-requests")
class JoinRequestProjection {

    static final String PENDING = "PENDING";

    private final DSLContext db;

    JoinRequestProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(PreRegistrationSubmittedEvent event, @Timestamp Instant at) {
        db.insertInto(JOIN_REQUEST)
                .set(JOIN_REQUEST.REQUEST_ID, event.requestId().value())
                .set(JOIN_REQUEST.SECTION_ID, event.sectionId() == null ? null : event.sectionId().value())
                .set(JOIN_REQUEST.FEDERATION_ID, event.federationId().value())
                .set(JOIN_REQUEST.KIND, "PRE_REGISTRATION")
                .set(JOIN_REQUEST.FIRST_NAME, event.name() == null ? null : event.name().firstName())
                .set(JOIN_REQUEST.LAST_NAME, event.name() == null ? null : event.name().lastName())
                .set(JOIN_REQUEST.EMAIL, event.email() == null ? null : event.email().value())
                .set(JOIN_REQUEST.POSTAL_CODE, event.postalCode())
                .set(JOIN_REQUEST.STATE, PENDING)
                .set(JOIN_REQUEST.SUBMITTED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(JoinAskedEvent event, @Timestamp Instant at) {
        db.insertInto(JOIN_REQUEST)
                .set(JOIN_REQUEST.REQUEST_ID, event.requestId().value())
                .set(JOIN_REQUEST.SECTION_ID, event.sectionId().value())
                .set(JOIN_REQUEST.FEDERATION_ID, event.federationId().value())
                .set(JOIN_REQUEST.KIND, "MEMBER")
                .set(JOIN_REQUEST.MEMBER_ID, event.memberId().value())
                .set(JOIN_REQUEST.STATE, PENDING)
                .set(JOIN_REQUEST.SUBMITTED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(JoinRequestAcceptedEvent event, @Timestamp Instant at) {
        db.update(JOIN_REQUEST)
                .set(JOIN_REQUEST.STATE, "ACCEPTED")
                .set(JOIN_REQUEST.MEMBER_ID, event.memberId().value())
                .set(JOIN_REQUEST.DECIDED_AT, utc(at))
                .where(JOIN_REQUEST.REQUEST_ID.eq(event.requestId().value()))
                .execute();
    }

    @EventHandler
    void on(JoinRequestRefusedEvent event, @Timestamp Instant at) {
        db.update(JOIN_REQUEST)
                .set(JOIN_REQUEST.STATE, "REFUSED")
                .set(JOIN_REQUEST.DECIDED_AT, utc(at))
                .where(JOIN_REQUEST.REQUEST_ID.eq(event.requestId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(JOIN_REQUEST).execute();
    }
}
