package fr.lacoopol.agenda.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.AGENDA_EVENT;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_ANSWER_CHANGE;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_GUEST;
import static fr.lacoopol.readmodel.jooq.Tables.EVENT_REMINDER;

import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.agenda.event.AttendanceRecordedEvent;
import fr.lacoopol.agenda.event.AutomaticReminderScheduledEvent;
import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.EventCreatedEvent;
import fr.lacoopol.agenda.event.EventImageChangedEvent;
import fr.lacoopol.agenda.event.InvitationChangedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.readmodel.jooq.tables.records.AgendaEventRecord;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Events as their pages and agendas show them (EVT-6, EVT-9, EVT-12): the event, its guests (invitees and whoever
 * answered) and their answers, the answers' history, the reminders sent. Each domain event is applied once: the row
 * remembers the last sequence number applied, and a redelivered event at or below it changes nothing. Counts are
 * recounted from the guests, so they cannot drift.
 */
@Component
@ProcessingGroup("agenda")
class AgendaProjection {

    /** Rows per INSERT: a section invited whole brings thousands of guests. */
    private static final int CHUNK = 1_000;

    private final DSLContext db;

    AgendaProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(EventCreatedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        AgendaEventRecord row = db.newRecord(AGENDA_EVENT);
        row.setEventId(event.eventId().value());
        row.setCreatorId(event.creatorId().value());
        row.setSectionId(event.sectionId() == null ? null : event.sectionId().value());
        describe(row, event.description(), event.startsAt(), event.endsAt());
        row.setInvitationMessage(event.invitationMessage());
        row.setAttendanceTarget(event.attendanceTarget());
        row.setReminderHours(event.reminderHoursBefore());
        row.setCancelled(false);
        row.setYesCount(0);
        row.setMaybeCount(0);
        row.setNoCount(0);
        row.setWaitlistCount(0);
        row.setInviteeCount(0);
        row.setCreatedAt(utc(at));
        row.setLastSequence(sequence);
        db.insertInto(AGENDA_EVENT).set(row).onConflictDoNothing().execute();
    }

    @EventHandler
    void on(EventChangedEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        AgendaEventRecord row = db.fetchOne(AGENDA_EVENT, AGENDA_EVENT.EVENT_ID.eq(event.eventId().value()));
        describe(row, event.description(), event.startsAt(), event.endsAt());
        row.setReminderHours(event.reminderHoursBefore());
        row.update();
    }

    @EventHandler
    void on(EventImageChangedEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        db.update(AGENDA_EVENT).set(AGENDA_EVENT.IMAGE_SHA256, event.imageSha256())
                .where(AGENDA_EVENT.EVENT_ID.eq(event.eventId().value())).execute();
    }

    @EventHandler
    void on(InvitationChangedEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        db.update(AGENDA_EVENT)
                .set(AGENDA_EVENT.INVITATION_MESSAGE, event.invitationMessage())
                .set(AGENDA_EVENT.ATTENDANCE_TARGET, event.attendanceTarget())
                .where(AGENDA_EVENT.EVENT_ID.eq(event.eventId().value()))
                .execute();
    }

    @EventHandler
    void on(AutomaticReminderScheduledEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        db.update(AGENDA_EVENT).set(AGENDA_EVENT.REMIND_AT, utc(event.remindAt()))
                .where(AGENDA_EVENT.EVENT_ID.eq(event.eventId().value())).execute();
    }

    @EventHandler
    void on(InviteesAddedEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        String id = event.eventId().value();
        List<MemberId> members = event.memberIds();
        for (int from = 0; from < members.size(); from += CHUNK) {
            InsertValuesStep4<?, String, String, Boolean, Boolean> insert = db.insertInto(EVENT_GUEST,
                    EVENT_GUEST.EVENT_ID, EVENT_GUEST.MEMBER_ID, EVENT_GUEST.INVITED, EVENT_GUEST.ATTENDED);
            for (MemberId member : members.subList(from, Math.min(members.size(), from + CHUNK))) {
                insert = insert.values(id, member.value(), true, false);
            }
            // Someone who answered a public event before being invited is now invited too.
            insert.onConflict(EVENT_GUEST.EVENT_ID, EVENT_GUEST.MEMBER_ID).doUpdate()
                    .set(EVENT_GUEST.INVITED, true).execute();
        }
        recount(id);
    }

    @EventHandler
    void on(AnswerGivenEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        String id = event.eventId().value();
        Long position = event.waitlisted() ? sequence : null;
        db.insertInto(EVENT_GUEST)
                .set(EVENT_GUEST.EVENT_ID, id)
                .set(EVENT_GUEST.MEMBER_ID, event.memberId().value())
                .set(EVENT_GUEST.INVITED, event.invited())
                .set(EVENT_GUEST.ANSWER, event.answer().name())
                .set(EVENT_GUEST.WAITLIST_POSITION, position)
                .set(EVENT_GUEST.ATTENDED, false)
                .set(EVENT_GUEST.ANSWERED_AT, utc(at))
                .onConflict(EVENT_GUEST.EVENT_ID, EVENT_GUEST.MEMBER_ID).doUpdate()
                .set(EVENT_GUEST.ANSWER, event.answer().name())
                .set(EVENT_GUEST.WAITLIST_POSITION, position)
                .set(EVENT_GUEST.ANSWERED_AT, utc(at))
                .execute();
        history(id, sequence, event.memberId(), event.answer(), event.previousAnswer(), event.waitlisted(), false, at);
        recount(id);
    }

    @EventHandler
    void on(WaitlistPromotedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        String id = event.eventId().value();
        db.update(EVENT_GUEST).setNull(EVENT_GUEST.WAITLIST_POSITION)
                .where(EVENT_GUEST.EVENT_ID.eq(id)).and(EVENT_GUEST.MEMBER_ID.eq(event.memberId().value()))
                .execute();
        history(id, sequence, event.memberId(), Answer.YES, Answer.YES, false, true, at);
        recount(id);
    }

    @EventHandler
    void on(EventCancelledEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        db.update(AGENDA_EVENT)
                .set(AGENDA_EVENT.CANCELLED, true)
                .set(AGENDA_EVENT.CANCEL_REASON, event.reason())
                .setNull(AGENDA_EVENT.REMIND_AT)
                .where(AGENDA_EVENT.EVENT_ID.eq(event.eventId().value()))
                .execute();
    }

    @EventHandler
    void on(ReminderSentEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        db.insertInto(EVENT_REMINDER)
                .set(EVENT_REMINDER.EVENT_ID, event.eventId().value())
                .set(EVENT_REMINDER.REMINDER_ID, event.reminderId())
                .set(EVENT_REMINDER.AUTOMATIC, event.automatic())
                .set(EVENT_REMINDER.AUDIENCE, event.audience() == null ? null : event.audience().name())
                .set(EVENT_REMINDER.MESSAGE, event.message())
                .set(EVENT_REMINDER.RECIPIENT_COUNT, event.recipientIds().size())
                .set(EVENT_REMINDER.SENT_AT, utc(at))
                .onConflictDoNothing()
                .execute();
        if (event.automatic()) {
            db.update(AGENDA_EVENT).setNull(AGENDA_EVENT.REMIND_AT)
                    .where(AGENDA_EVENT.EVENT_ID.eq(event.eventId().value())).execute();
        }
    }

    @EventHandler
    void on(AttendanceRecordedEvent event, @SequenceNumber long sequence) {
        if (!claim(event.eventId(), sequence)) return;
        String id = event.eventId().value();
        String[] attendees = event.attendeeIds().stream().map(MemberId::value).toArray(String[]::new);
        db.update(EVENT_GUEST).set(EVENT_GUEST.ATTENDED, EVENT_GUEST.MEMBER_ID.eq(DSL.any(attendees)))
                .where(EVENT_GUEST.EVENT_ID.eq(id)).execute();
        db.update(AGENDA_EVENT).set(AGENDA_EVENT.ATTENDED_COUNT, attendees.length)
                .where(AGENDA_EVENT.EVENT_ID.eq(id)).execute();
    }

    /** MOD-1: hidden by a moderator, or shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.EVENT) return;
        db.update(AGENDA_EVENT).set(AGENDA_EVENT.HIDDEN, decision.hidden()).where(AGENDA_EVENT.EVENT_ID.eq(decision.contentId())).execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(EVENT_REMINDER).execute();
        db.truncate(EVENT_ANSWER_CHANGE).execute();
        db.truncate(EVENT_GUEST).execute();
        db.truncate(AGENDA_EVENT).execute();
    }

    /** Marks the event's domain event as applied; false when it already was. */
    private boolean claim(EventId eventId, long sequence) {
        return db.update(AGENDA_EVENT).set(AGENDA_EVENT.LAST_SEQUENCE, sequence)
                .where(AGENDA_EVENT.EVENT_ID.eq(eventId.value())).and(AGENDA_EVENT.LAST_SEQUENCE.lt(sequence))
                .execute() == 1;
    }

    private void recount(String eventId) {
        var guests = EVENT_GUEST.as("g");
        db.update(AGENDA_EVENT)
                .set(DSL.row(AGENDA_EVENT.YES_COUNT, AGENDA_EVENT.MAYBE_COUNT, AGENDA_EVENT.NO_COUNT,
                                AGENDA_EVENT.WAITLIST_COUNT, AGENDA_EVENT.INVITEE_COUNT),
                        DSL.select(
                                DSL.count().filterWhere(guests.ANSWER.eq("YES").and(guests.WAITLIST_POSITION.isNull())),
                                DSL.count().filterWhere(guests.ANSWER.eq("MAYBE")),
                                DSL.count().filterWhere(guests.ANSWER.eq("NO")),
                                DSL.count().filterWhere(guests.WAITLIST_POSITION.isNotNull()),
                                DSL.count().filterWhere(guests.INVITED.isTrue()))
                                .from(guests).where(guests.EVENT_ID.eq(eventId)))
                .where(AGENDA_EVENT.EVENT_ID.eq(eventId))
                .execute();
    }

    private void history(String eventId, long sequence, MemberId member, Answer answer, Answer previous,
                         boolean waitlisted, boolean promoted, Instant at) {
        db.insertInto(EVENT_ANSWER_CHANGE)
                .set(EVENT_ANSWER_CHANGE.EVENT_ID, eventId)
                .set(EVENT_ANSWER_CHANGE.SEQUENCE, sequence)
                .set(EVENT_ANSWER_CHANGE.MEMBER_ID, member.value())
                .set(EVENT_ANSWER_CHANGE.ANSWER, answer.name())
                .set(EVENT_ANSWER_CHANGE.PREVIOUS, previous == null ? null : previous.name())
                .set(EVENT_ANSWER_CHANGE.WAITLISTED, waitlisted)
                .set(EVENT_ANSWER_CHANGE.PROMOTED, promoted)
                .set(EVENT_ANSWER_CHANGE.CHANGED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    private static void describe(AgendaEventRecord row, EventDescription description, Instant startsAt, Instant endsAt) {
        row.setType(description.type().name());
        row.setKind(description.type().kind().name());
        row.setTitle(description.title());
        row.setDescription(description.description());
        row.setStartsLocal(description.startsAt());
        row.setEndsLocal(description.endsAt());
        row.setStartsAt(utc(startsAt));
        row.setEndsAt(utc(endsAt));
        row.setStreet(description.place().street());
        row.setComplement(description.place().complement());
        row.setPostalCode(description.place().postalCode());
        row.setCity(description.place().city());
        row.setPublicEvent(description.publicEvent());
        row.setInSectionSpace(description.inSectionSpace());
        row.setPlaces(description.places());
        row.setGroupIds(description.groupIds().stream().map(GroupId::value).toArray(String[]::new));
    }
}
