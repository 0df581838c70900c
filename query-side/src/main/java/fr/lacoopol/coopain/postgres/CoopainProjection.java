package fr.lacoopol.coopain.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN;
import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN_REQUEST;

import fr.lacoopol.coopain.event.CoopainRemovedEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.coopain.event.CoopainRequestRefusedEvent;
import fr.lacoopol.coopain.event.CoopainRequestedEvent;
import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** NET: pending requests and the coopains of each member. Idempotent: each write sets final values. */
@Component
@ProcessingGroup("coopains")
class CoopainProjection {

    private final DSLContext db;

    CoopainProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(CoopainRequestedEvent event, @Timestamp Instant at) {
        db.insertInto(COOPAIN_REQUEST)
                .set(COOPAIN_REQUEST.COOPAINSHIP_ID, event.coopainshipId().value())
                .set(COOPAIN_REQUEST.ASKER_ID, event.askerId().value())
                .set(COOPAIN_REQUEST.RECIPIENT_ID, event.recipientId().value())
                .set(COOPAIN_REQUEST.ASKED_AT, utc(at))
                .onConflict(COOPAIN_REQUEST.COOPAINSHIP_ID).doUpdate()
                .set(COOPAIN_REQUEST.ASKER_ID, event.askerId().value())
                .set(COOPAIN_REQUEST.RECIPIENT_ID, event.recipientId().value())
                .set(COOPAIN_REQUEST.ASKED_AT, utc(at))
                .execute();
    }

    @EventHandler
    void on(CoopainRequestAcceptedEvent event, @Timestamp Instant at) {
        closeRequest(event.coopainshipId().value());
        link(event.askerId(), event.recipientId(), at);
        link(event.recipientId(), event.askerId(), at);
    }

    @EventHandler
    void on(CoopainRequestRefusedEvent event) {
        closeRequest(event.coopainshipId().value());
    }

    @EventHandler
    void on(CoopainRemovedEvent event) {
        db.deleteFrom(COOPAIN)
                .where(COOPAIN.MEMBER_ID.eq(event.removedBy().value()).and(COOPAIN.COOPAIN_ID.eq(event.otherId().value())))
                .or(COOPAIN.MEMBER_ID.eq(event.otherId().value()).and(COOPAIN.COOPAIN_ID.eq(event.removedBy().value())))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(COOPAIN_REQUEST).execute();
        db.truncate(COOPAIN).execute();
    }

    private void closeRequest(String coopainshipId) {
        db.deleteFrom(COOPAIN_REQUEST).where(COOPAIN_REQUEST.COOPAINSHIP_ID.eq(coopainshipId)).execute();
    }

    private void link(MemberId member, MemberId coopain, Instant since) {
        db.insertInto(COOPAIN)
                .set(COOPAIN.MEMBER_ID, member.value())
                .set(COOPAIN.COOPAIN_ID, coopain.value())
                .set(COOPAIN.SINCE, utc(since))
                .onConflictDoNothing()
                .execute();
    }
}
