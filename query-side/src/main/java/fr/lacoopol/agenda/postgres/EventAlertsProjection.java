package fr.lacoopol.agenda.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_ALERT;

import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.springframework.stereotype.Component;

/**
 * NOT-2: the in-app alerts about events, one per member told, keyed by the domain event and the member so that a
 * redelivery adds none. Whom each concerns was decided by the aggregate and travels in the event.
 */
@Component
@ProcessingGroup("agenda")
class EventAlertsProjection {

    private static final int CHUNK = 1_000;

    private final DSLContext db;

    EventAlertsProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(InviteesAddedEvent event, EventMessage<?> message, @Timestamp Instant at) {
        alert(message, "INVITED", event.eventId(), event.memberIds(), at);
    }

    @EventHandler
    void on(EventChangedEvent event, EventMessage<?> message, @Timestamp Instant at) {
        alert(message, "CHANGED", event.eventId(), event.toldIds(), at);
    }

    @EventHandler
    void on(EventCancelledEvent event, EventMessage<?> message, @Timestamp Instant at) {
        alert(message, "CANCELLED", event.eventId(), event.toldIds(), at);
    }

    @EventHandler
    void on(ReminderSentEvent event, EventMessage<?> message, @Timestamp Instant at) {
        alert(message, "REMINDED", event.eventId(), event.recipientIds(), at);
    }

    @EventHandler
    void on(WaitlistPromotedEvent event, EventMessage<?> message, @Timestamp Instant at) {
        alert(message, "PLACE_GIVEN", event.eventId(), List.of(event.memberId()), at);
    }

    @ResetHandler
    void reset() {
        db.truncate(MEMBER_ALERT).execute();
    }

    private void alert(EventMessage<?> message, String kind, EventId eventId, List<MemberId> members, Instant at) {
        OffsetDateTime when = utc(at);
        for (int from = 0; from < members.size(); from += CHUNK) {
            InsertValuesStep5<?, String, String, String, String, OffsetDateTime> insert = db.insertInto(
                    MEMBER_ALERT, MEMBER_ALERT.ALERT_ID, MEMBER_ALERT.MEMBER_ID, MEMBER_ALERT.KIND,
                    MEMBER_ALERT.EVENT_ID, MEMBER_ALERT.CREATED_AT);
            for (MemberId member : members.subList(from, Math.min(members.size(), from + CHUNK))) {
                insert = insert.values(message.getIdentifier() + ":" + member.value(), member.value(), kind,
                        eventId.value(), when);
            }
            insert.onConflictDoNothing().execute();
        }
    }
}
