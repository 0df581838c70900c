package fr.lacoopol.agenda;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.access.Spaces;
import fr.lacoopol.agenda.command.AnswerCommand;
import fr.lacoopol.agenda.command.CancelEventCommand;
import fr.lacoopol.agenda.command.ChangeEventCommand;
import fr.lacoopol.agenda.command.ChangeEventImageCommand;
import fr.lacoopol.agenda.command.ChangeInvitationCommand;
import fr.lacoopol.agenda.command.CommentEventCommand;
import fr.lacoopol.agenda.command.CreateEventCommand;
import fr.lacoopol.agenda.command.DeleteEventCommentCommand;
import fr.lacoopol.agenda.command.InviteCommand;
import fr.lacoopol.agenda.command.RecordAttendanceCommand;
import fr.lacoopol.agenda.command.SendReminderCommand;
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
import fr.lacoopol.comment.CommentAddedEvent;
import fr.lacoopol.comment.CommentDeletedEvent;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.comment.Comments;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An event or a mission of the agenda (EVT): who may see it, who is invited, who answered what, and its places.
 *
 * <p>Places (EVT-13) are counted here, in the one place every answer goes through in order: a yes beyond the places
 * joins the waiting list, and a place freed goes to the first in line within the same command. So there are never
 * more yes than places, however many answer at once; a no is always accepted; a maybe takes no place.
 *
 * <p>Who is told of a change, a cancellation or a reminder is decided here too and recorded in the event, so that
 * the audience is frozen when it happens (EVT-12) and a replay tells nobody twice.
 */
@Aggregate(snapshotTriggerDefinition = "eventSnapshots", cache = "eventCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class EventAggregate {

    static final String AUTOMATIC_REMINDER = "automatic-reminder";

    /** The payload of the automatic reminder's deadline: the time it was set for, stale once the event moved. */
    record AutomaticReminderDue(Instant remindAt) {
    }

    @AggregateIdentifier
    private EventId eventId;
    private String creatorId;
    private String sectionId;
    private EventDescription description;
    private Instant startsAt;
    private boolean cancelled;
    private Instant remindAt;
    private String reminderDeadlineId;
    /** Insertion-ordered: an audience lists people in the order they were invited, then answered. */
    private LinkedHashSet<String> invited = new LinkedHashSet<>();
    private LinkedHashMap<String, Answer> answers = new LinkedHashMap<>();
    /** Those who said yes to a full event, first come first served. */
    private LinkedHashSet<String> waitlist = new LinkedHashSet<>();
    private int confirmed;
    private Comments comments = new Comments();

    EventAggregate() {
        // for Axon
    }

    @CommandHandler
    EventAggregate(CreateEventCommand command, DeadlineManager deadlines, Clock clock) {
        EventRules.Checked checked = EventRules.check(command.description());
        int hours = EventRules.reminderHours(command.reminderHoursBefore());
        apply(new EventCreatedEvent(command.eventId(), command.creatorId(), command.sectionId(), checked.description(),
                checked.startsAt(), checked.endsAt(), EventRules.invitationMessage(command.invitationMessage()),
                EventRules.attendanceTarget(command.attendanceTarget()), hours));
        // Events applied in a constructor reach the sourcing handlers only once it returns: the fields are unset here.
        scheduleAutomaticReminder(command.eventId(), checked.startsAt(), hours, deadlines, clock);
    }

    @CommandHandler
    void handle(ChangeEventCommand command, DeadlineManager deadlines, Clock clock) {
        requireCreator(command.memberId());
        requireNotCancelled();
        EventRules.Checked checked = EventRules.check(command.description());
        int hours = EventRules.reminderHours(command.reminderHoursBefore());
        Integer places = checked.description().places();
        if (places != null && places < confirmed) {
            throw new InvalidValueException("places", confirmed + " personnes participent déjà : on ne peut pas "
                    + "descendre à " + places + " places");
        }
        boolean moved = !checked.startsAt().equals(startsAt)
                || !Objects.equals(checked.description().endsAt(), description.endsAt())
                || !checked.description().place().equals(description.place());
        List<MemberId> told = moved ? audience(not(Answer.NO)) : List.of();
        apply(new EventChangedEvent(eventId, checked.description(), checked.startsAt(), checked.endsAt(), hours, moved,
                told));
        promoteWhilePlacesFree();
        scheduleAutomaticReminder(eventId, checked.startsAt(), hours, deadlines, clock);
    }

    @CommandHandler
    void handle(ChangeEventImageCommand command) {
        requireCreator(command.memberId());
        requireNotCancelled();
        apply(new EventImageChangedEvent(eventId, command.image().sha256()));
    }

    @CommandHandler
    void handle(ChangeInvitationCommand command) {
        requireCreator(command.memberId());
        requireNotCancelled();
        apply(new InvitationChangedEvent(eventId, EventRules.invitationMessage(command.invitationMessage()),
                EventRules.attendanceTarget(command.attendanceTarget())));
    }

    @CommandHandler
    int handle(InviteCommand command) {
        requireCreator(command.inviterId());
        requireNotCancelled();
        List<MemberId> newcomers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MemberId member : command.memberIds()) {
            String id = member.value();
            if (id.equals(creatorId) || invited.contains(id) || !seen.add(id)) continue;
            newcomers.add(member);
        }
        if (!newcomers.isEmpty()) apply(new InviteesAddedEvent(eventId, command.inviterId(), newcomers));
        return newcomers.size();
    }

    /** Answers whether the member waits for a place. */
    @CommandHandler
    boolean handle(AnswerCommand command) {
        String member = command.memberId().value();
        requireVisibleTo(member, command.spaces());
        requireNotCancelled();
        if (command.answer() == null) throw new InvalidValueException("answer", "answer vaut YES, NO ou MAYBE");
        Answer previous = answers.get(member);
        if (previous == command.answer()) return waitlist.contains(member);
        boolean hadPlace = previous == Answer.YES && !waitlist.contains(member);
        boolean waitlisted = command.answer() == Answer.YES && isFull();
        apply(new AnswerGivenEvent(eventId, command.memberId(), command.answer(), previous, waitlisted,
                invited.contains(member)));
        if (hadPlace) promoteWhilePlacesFree();
        return waitlisted;
    }

    @CommandHandler
    void handle(CancelEventCommand command, DeadlineManager deadlines) {
        requireCreator(command.memberId());
        if (cancelled) return;
        apply(new EventCancelledEvent(eventId, command.memberId(), Text.optionalParagraphs("reason", command.reason(),
                EventRules.MESSAGE_MAX), audience(not(Answer.NO))));
        if (reminderDeadlineId != null) deadlines.cancelSchedule(AUTOMATIC_REMINDER, reminderDeadlineId);
    }

    @CommandHandler
    int handle(SendReminderCommand command) {
        requireCreator(command.memberId());
        requireNotCancelled();
        if (command.audience() == null) {
            throw new InvalidValueException("audience", "audience vaut ALL, YES, NO, MAYBE ou NO_ANSWER");
        }
        String message = Text.requiredParagraphs("message", command.message(), EventRules.MESSAGE_MAX);
        List<MemberId> recipients = audience(member -> reaches(command.audience(), member));
        recipients.remove(command.memberId());
        if (recipients.isEmpty()) {
            throw new RuleViolationException("reminder_nobody", "personne n'est dans ce groupe d'invités");
        }
        apply(new ReminderSentEvent(eventId, command.reminderId(), command.memberId(), command.audience(), message,
                recipients, false));
        return recipients.size();
    }

    @DeadlineHandler(deadlineName = AUTOMATIC_REMINDER)
    void on(AutomaticReminderDue due) {
        if (cancelled || remindAt == null || !remindAt.equals(due.remindAt())) return;
        List<MemberId> recipients = audience(member -> {
            Answer answer = answers.get(member);
            return answer == Answer.MAYBE || answer == Answer.YES && !waitlist.contains(member);
        });
        apply(new ReminderSentEvent(eventId, "auto-" + due.remindAt().getEpochSecond(), null, null, null, recipients,
                true));
    }

    @CommandHandler
    void handle(RecordAttendanceCommand command, Clock clock) {
        requireCreator(command.memberId());
        requireNotCancelled();
        if (clock.instant().isBefore(startsAt)) {
            throw new RuleViolationException("event_not_started", "on note les présents une fois l'événement commencé");
        }
        List<MemberId> attendees = command.attendeeIds().stream().distinct().toList();
        for (MemberId attendee : attendees) {
            String id = attendee.value();
            if (!invited.contains(id) && !answers.containsKey(id) && !id.equals(creatorId)) {
                throw new InvalidValueException("attendeeIds", "seuls les invités et ceux qui ont répondu peuvent être "
                        + "notés présents");
            }
        }
        apply(new AttendanceRecordedEvent(eventId, attendees));
    }

    @CommandHandler
    void handle(CommentEventCommand command) {
        requireVisibleTo(command.authorId().value(), command.spaces());
        CommentAddedEvent added = comments.add(subject(), command.commentId(), command.authorId(), command.body());
        if (added != null) apply(added);
    }

    @CommandHandler
    void handle(DeleteEventCommentCommand command) {
        boolean mayDeleteAny = command.moderator() || command.memberId().value().equals(creatorId);
        apply(comments.delete(subject(), command.commentId(), command.memberId(), mayDeleteAny));
    }

    private CommentSubject subject() {
        return CommentSubject.event(eventId.value());
    }

    private boolean isFull() {
        Integer places = description.places();
        return places != null && confirmed >= places;
    }

    private void promoteWhilePlacesFree() {
        while (!waitlist.isEmpty() && !isFull()) {
            apply(new WaitlistPromotedEvent(eventId, new MemberId(waitlist.iterator().next())));
        }
    }

    private void scheduleAutomaticReminder(EventId id, Instant start, int hoursBefore, DeadlineManager deadlines,
                                           Clock clock) {
        Instant wanted = hoursBefore == 0 ? null : start.minus(Duration.ofHours(hoursBefore));
        if (wanted != null && !wanted.isAfter(clock.instant())) wanted = null;
        if (Objects.equals(wanted, remindAt)) return;
        if (reminderDeadlineId != null) deadlines.cancelSchedule(AUTOMATIC_REMINDER, reminderDeadlineId);
        String deadlineId = wanted == null ? null
                : deadlines.schedule(wanted, AUTOMATIC_REMINDER, new AutomaticReminderDue(wanted));
        apply(new AutomaticReminderScheduledEvent(id, wanted, deadlineId));
    }

    /** The invitees and those who answered, whose answer passes the filter. */
    private List<MemberId> audience(Predicate<String> filter) {
        Set<String> everyone = new LinkedHashSet<>(invited);
        everyone.addAll(answers.keySet());
        List<MemberId> audience = new ArrayList<>();
        for (String member : everyone) {
            if (filter.test(member)) audience.add(new MemberId(member));
        }
        return audience;
    }

    private Predicate<String> not(Answer answer) {
        return member -> answers.get(member) != answer;
    }

    private boolean reaches(ReminderAudience audience, String member) {
        Answer answer = answers.get(member);
        switch (audience) {
            case ALL:
                return true;
            case NO_ANSWER:
                return answer == null;
            case YES:
                return answer == Answer.YES && !waitlist.contains(member);
            default:
                return answer == Answer.valueOf(audience.name());
        }
    }

    /**
     * P7: a public event is every member's; one published in a section's space or in groups, their members'; any, its
     * invitees'.
     */
    private boolean isVisibleTo(String member, Spaces memberSpaces) {
        return description.publicEvent() || member.equals(creatorId) || invited.contains(member)
                || answers.containsKey(member)
                || description.inSectionSpace() && memberSpaces != null && memberSpaces.hasSection(sectionId)
                || memberSpaces != null && memberSpaces.sharesAGroup(description.groupIds());
    }

    private void requireVisibleTo(String member, Spaces memberSpaces) {
        if (!isVisibleTo(member, memberSpaces)) throw new NotFoundException();
    }

    /** Only the creator manages the event; to anyone who may not even see it, it does not exist. */
    private void requireCreator(MemberId member) {
        if (member.value().equals(creatorId)) return;
        if (!description.publicEvent() && !invited.contains(member.value())) throw new NotFoundException();
        throw new ForbiddenException("event_creator_only", "seul le créateur de l'événement peut le gérer");
    }

    private void requireNotCancelled() {
        if (cancelled) throw new RuleViolationException("event_cancelled", "l'événement est annulé");
    }

    @EventSourcingHandler
    void on(EventCreatedEvent event) {
        eventId = event.eventId();
        creatorId = event.creatorId().value();
        sectionId = event.sectionId() == null ? null : event.sectionId().value();
        description = event.description();
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(EventChangedEvent event) {
        description = event.description();
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(AutomaticReminderScheduledEvent event) {
        remindAt = event.remindAt();
        reminderDeadlineId = event.deadlineId();
    }

    @EventSourcingHandler
    void on(InviteesAddedEvent event) {
        event.memberIds().forEach(member -> invited.add(member.value()));
    }

    @EventSourcingHandler
    void on(AnswerGivenEvent event) {
        String member = event.memberId().value();
        Answer previous = answers.put(member, event.answer());
        boolean wasWaiting = waitlist.remove(member);
        if (previous == Answer.YES && !wasWaiting) confirmed--;
        if (event.answer() == Answer.YES) {
            if (event.waitlisted()) {
                waitlist.add(member);
            } else {
                confirmed++;
            }
        }
    }

    @EventSourcingHandler
    void on(WaitlistPromotedEvent event) {
        waitlist.remove(event.memberId().value());
        confirmed++;
    }

    @EventSourcingHandler
    void on(EventCancelledEvent event) {
        cancelled = true;
        remindAt = null;
        reminderDeadlineId = null;
    }

    @EventSourcingHandler
    void on(ReminderSentEvent event) {
        if (event.automatic()) {
            remindAt = null;
            reminderDeadlineId = null;
        }
    }

    @EventSourcingHandler
    void on(CommentAddedEvent event) {
        comments.on(event);
    }

    @EventSourcingHandler
    void on(CommentDeletedEvent event) {
        comments.on(event);
    }
}
