package fr.lacoopol.agenda;

import fr.lacoopol.access.Spaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.any;
import static org.hamcrest.Matchers.equalTo;

import fr.lacoopol.agenda.command.AnswerCommand;
import fr.lacoopol.agenda.command.CancelEventCommand;
import fr.lacoopol.agenda.command.ChangeEventCommand;
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
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.comment.CommentAddedEvent;
import fr.lacoopol.comment.CommentDeletedEvent;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.FeatureMatcher;
import org.junit.jupiter.api.Test;

class EventAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final EventId ID = new EventId("e-1");
    private static final SectionId SOLFERINO = new SectionId("solferino");
    private static final SectionId ELSEWHERE = new SectionId("elsewhere");
    private static final MemberId SABINE = new MemberId("sabine");
    private static final MemberId LEA = new MemberId("lea");
    private static final MemberId NOE = new MemberId("noe");
    private static final MemberId ZOE = new MemberId("zoe");
    private static final MemberId OUTSIDER = new MemberId("outsider");
    private static final LocalDateTime START = LocalDateTime.parse("2026-11-27T18:00");
    private static final Instant START_INSTANT = Instant.parse("2026-11-27T17:00:00Z");
    private static final EventPlace PLACE = new EventPlace("10 rue de Solférino", null, "75007", "Paris");

    private static EventDescription description(Integer places, boolean publicEvent, boolean inSectionSpace) {
        return new EventDescription(EventType.SECTION_MEETING, "Réunion de section", START, START.plusHours(2), PLACE,
                "Ordre du jour", publicEvent, inSectionSpace, places, List.of());
    }

    private static EventCreatedEvent created(Integer places) {
        return createdAs(description(places, false, false));
    }

    private static EventCreatedEvent createdAs(EventDescription description) {
        return new EventCreatedEvent(ID, SABINE, SOLFERINO, description, START_INSTANT,
                START_INSTANT.plusSeconds(7200), null, 0, 0);
    }

    private static InviteesAddedEvent invited(MemberId... members) {
        return new InviteesAddedEvent(ID, SABINE, List.of(members));
    }

    private static AnswerGivenEvent answered(MemberId member, Answer answer, Answer previous, boolean waitlisted) {
        return new AnswerGivenEvent(ID, member, answer, previous, waitlisted, true);
    }

    private static AnswerCommand answer(MemberId member, Answer answer) {
        return new AnswerCommand(ID, member, Spaces.ofSection(ELSEWHERE), answer);
    }

    private static AggregateTestFixture<EventAggregate> fixture(Instant now) {
        AggregateTestFixture<EventAggregate> fixture = new AggregateTestFixture<>(EventAggregate.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        return fixture;
    }

    private static AggregateTestFixture<EventAggregate> fixture() {
        return fixture(NOW);
    }

    private static void refused(CreateEventCommand command, String field) {
        fixture().givenNoPriorActivity().when(command)
                .expectNoEvents()
                .expectException(new FeatureMatcher<InvalidValueException, String>(equalTo(field), "field", "field") {
                    @Override
                    protected String featureValueOf(InvalidValueException refusal) {
                        return refusal.field();
                    }
                });
    }

    private static CreateEventCommand create(EventDescription description, int reminderHours) {
        return new CreateEventCommand(ID, SABINE, SOLFERINO, description, null, 0, reminderHours);
    }

    @Test
    void anEventIsCreatedWithItsParisTimesAsInstants() {
        fixture().givenNoPriorActivity()
                .when(create(description(null, false, false), 0))
                .expectEvents(created(null));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEnd() {
        EventDescription backwards = new EventDescription(EventType.DEBATE, "Débat", START, START.minusHours(1), PLACE,
                null, true, false, null, List.of());
        refused(create(backwards, 0), "endsAt");
    }

    @Test
    void aTimeTheSpringChangeSkipsIsRefused() {
        EventDescription gap = new EventDescription(EventType.DEBATE, "Débat", LocalDateTime.parse("2027-03-28T02:30"),
                null, PLACE, null, true, false, null, List.of());
        refused(create(gap, 0), "startsAt");
    }

    @Test
    void aTimeTheAutumnChangeRepeatsIsItsSummerTimeOccurrence() {
        EventDescription twice = new EventDescription(EventType.DEBATE, "Débat", LocalDateTime.parse("2026-10-25T02:30"),
                null, PLACE, null, true, false, null, List.of());
        fixture(Instant.parse("2026-10-01T00:00:00Z")).givenNoPriorActivity()
                .when(create(twice, 0))
                .expectEvents(new EventCreatedEvent(ID, SABINE, SOLFERINO, twice, Instant.parse("2026-10-25T00:30:00Z"),
                        null, null, 0, 0));
    }

    @Test
    void anEventNeedsAStreet() {
        EventDescription nowhere = new EventDescription(EventType.LEAFLETING, "Tractage", START, null,
                new EventPlace(" ", null, null, "Paris"), null, true, false, null, List.of());
        refused(create(nowhere, 0), "place.street");
    }

    @Test
    void theAutomaticReminderIsScheduledTheChosenHoursBeforeTheStart() {
        fixture().givenCurrentTime(NOW)
                .when(create(description(null, false, false), 24))
                .expectEventsMatching(payloadsMatching(Matchers.<Object>exactSequenceOf(any(Object.class),
                        new FeatureMatcher<Object, Instant>(
                                equalTo(START_INSTANT.minusSeconds(24 * 3600)), "remindAt", "remindAt") {
                            @Override
                            protected Instant featureValueOf(Object scheduled) {
                                AutomaticReminderScheduledEvent event = (AutomaticReminderScheduledEvent) scheduled;
                                return ID.equals(event.eventId()) ? event.remindAt() : null;
                            }
                        }, andNoMore())));
    }

    @Test
    void theAutomaticReminderGoesToYesAndMaybeOnce() {
        EventCreatedEvent withReminder = new EventCreatedEvent(ID, SABINE, SOLFERINO, description(null, false, false),
                START_INSTANT, null, null, 0, 24);
        Instant remindAt = START_INSTANT.minusSeconds(24 * 3600);
        fixture().givenCurrentTime(NOW)
                .andGiven(withReminder, invited(LEA, NOE, ZOE), answered(LEA, Answer.YES, null, false),
                        answered(NOE, Answer.MAYBE, null, false), answered(ZOE, Answer.NO, null, false))
                .andGivenCommands(new ChangeEventCommand(ID, SABINE, description(null, false, false), 24))
                .whenThenTimeAdvancesTo(remindAt)
                .expectDeadlinesMet(new EventAggregate.AutomaticReminderDue(remindAt))
                .expectEvents(new ReminderSentEvent(ID, "auto-" + remindAt.getEpochSecond(), null, null, null,
                        List.of(LEA, NOE), true));
    }

    @Test
    void aYesBeyondThePlacesJoinsTheWaitingList() {
        fixture().given(created(1), invited(LEA, NOE), answered(LEA, Answer.YES, null, false))
                .when(answer(NOE, Answer.YES))
                .expectEvents(answered(NOE, Answer.YES, null, true));
    }

    @Test
    void aPlaceFreedGoesToTheFirstInLine() {
        fixture().given(created(1), invited(LEA, NOE, ZOE), answered(LEA, Answer.YES, null, false),
                        answered(NOE, Answer.YES, null, true), answered(ZOE, Answer.YES, null, true))
                .when(answer(LEA, Answer.NO))
                .expectEvents(answered(LEA, Answer.NO, Answer.YES, false), new WaitlistPromotedEvent(ID, NOE));
    }

    @Test
    void aMaybeTakesNoPlace() {
        fixture().given(created(1), invited(LEA, NOE), answered(LEA, Answer.MAYBE, null, false))
                .when(answer(NOE, Answer.YES))
                .expectEvents(answered(NOE, Answer.YES, null, false));
    }

    @Test
    void aMemberOnTheWaitingListMayDeclineAndNobodyIsPromoted() {
        fixture().given(created(1), invited(LEA, NOE), answered(LEA, Answer.YES, null, false),
                        answered(NOE, Answer.YES, null, true))
                .when(answer(NOE, Answer.NO))
                .expectEvents(answered(NOE, Answer.NO, Answer.YES, false));
    }

    @Test
    void theSameAnswerTwiceRecordsNothing() {
        fixture().given(created(null), invited(LEA), answered(LEA, Answer.YES, null, false))
                .when(answer(LEA, Answer.YES))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aCancelledEventTakesNoAnswer() {
        fixture().given(created(null), invited(LEA), new EventCancelledEvent(ID, SABINE, null, List.of(LEA)))
                .when(answer(LEA, Answer.YES))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aPrivateEventDoesNotExistForWhoeverIsNotInvited() {
        fixture().given(created(null), invited(LEA))
                .when(answer(OUTSIDER, Answer.YES))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aPublicEventIsJoinedByAnyMember() {
        fixture().given(createdAs(description(null, true, false)))
                .when(answer(OUTSIDER, Answer.YES))
                .expectEvents(new AnswerGivenEvent(ID, OUTSIDER, Answer.YES, null, false, false));
    }

    @Test
    void anEventOfTheSectionSpaceIsSeenByTheSectionsMembers() {
        fixture().given(createdAs(description(null, false, true)))
                .when(new AnswerCommand(ID, OUTSIDER, Spaces.ofSection(SOLFERINO), Answer.MAYBE))
                .expectEvents(new AnswerGivenEvent(ID, OUTSIDER, Answer.MAYBE, null, false, false));
    }

    @Test
    void anEventOfTheSectionSpaceDoesNotExistForOtherSections() {
        fixture().given(createdAs(description(null, false, true)))
                .when(new AnswerCommand(ID, OUTSIDER, Spaces.ofSection(ELSEWHERE), Answer.MAYBE))
                .expectException(NotFoundException.class);
    }

    @Test
    void aReminderReachesTheChosenAnswersAndKeepsItsAudience() {
        fixture().given(created(null), invited(LEA, NOE, ZOE), answered(LEA, Answer.YES, null, false))
                .when(new SendReminderCommand(ID, "r-1", SABINE, ReminderAudience.NO_ANSWER, "On compte sur vous"))
                .expectResultMessagePayload(2)
                .expectEvents(new ReminderSentEvent(ID, "r-1", SABINE, ReminderAudience.NO_ANSWER, "On compte sur vous",
                        List.of(NOE, ZOE), false));
    }

    @Test
    void aReminderToNobodyIsRefused() {
        fixture().given(created(null), invited(LEA))
                .when(new SendReminderCommand(ID, "r-1", SABINE, ReminderAudience.YES, "Rappel"))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void onlyTheCreatorRemindsTheInvitees() {
        fixture().given(created(null), invited(LEA, NOE))
                .when(new SendReminderCommand(ID, "r-1", LEA, ReminderAudience.ALL, "Rappel"))
                .expectException(ForbiddenException.class).expectNoEvents();
    }

    @Test
    void aNewDateIsToldToThoseWhoHaveNotDeclined() {
        EventDescription later = new EventDescription(EventType.SECTION_MEETING, "Réunion de section",
                START.plusDays(1), START.plusDays(1).plusHours(2), PLACE, "Ordre du jour", false, false, null, List.of());
        fixture().given(created(null), invited(LEA, NOE, ZOE), answered(ZOE, Answer.NO, null, false))
                .when(new ChangeEventCommand(ID, SABINE, later, 0))
                .expectEvents(new EventChangedEvent(ID, later, START_INSTANT.plusSeconds(86_400),
                        START_INSTANT.plusSeconds(86_400 + 7200), 0, true, List.of(LEA, NOE)));
    }

    @Test
    void fewerPlacesThanThoseComingIsRefused() {
        fixture().given(created(2), invited(LEA, NOE), answered(LEA, Answer.YES, null, false),
                        answered(NOE, Answer.YES, null, false))
                .when(new ChangeEventCommand(ID, SABINE, description(1, false, false), 0))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void morePlacesPromoteTheWaitingListInOrder() {
        fixture().given(created(1), invited(LEA, NOE, ZOE), answered(LEA, Answer.YES, null, false),
                        answered(ZOE, Answer.YES, null, true), answered(NOE, Answer.YES, null, true))
                .when(new ChangeEventCommand(ID, SABINE, description(3, false, false), 0))
                .expectEvents(new EventChangedEvent(ID, description(3, false, false), START_INSTANT,
                                START_INSTANT.plusSeconds(7200), 0, false, List.of()),
                        new WaitlistPromotedEvent(ID, ZOE), new WaitlistPromotedEvent(ID, NOE));
    }

    @Test
    void cancellingTellsThoseWhoHaveNotDeclined() {
        fixture().given(created(null), invited(LEA, NOE), answered(NOE, Answer.NO, null, false))
                .when(new CancelEventCommand(ID, SABINE, "Salle indisponible"))
                .expectEvents(new EventCancelledEvent(ID, SABINE, "Salle indisponible", List.of(LEA)));
    }

    @Test
    void invitingAgainInvitesOnlyTheNewcomers() {
        fixture().given(created(null), invited(LEA))
                .when(new InviteCommand(ID, SABINE, List.of(LEA, NOE, NOE, SABINE)))
                .expectResultMessagePayload(1)
                .expectEvents(invited(NOE));
    }

    @Test
    void attendanceIsNotRecordedBeforeTheStart() {
        fixture().given(created(null), invited(LEA, NOE))
                .when(new RecordAttendanceCommand(ID, SABINE, List.of(LEA)))
                .expectException(RuleViolationException.class);
    }

    @Test
    void attendanceIsRecordedOnceTheEventHasStarted() {
        fixture(START_INSTANT.plusSeconds(3600)).given(created(null), invited(LEA, NOE))
                .when(new RecordAttendanceCommand(ID, SABINE, List.of(LEA, LEA)))
                .expectEvents(new AttendanceRecordedEvent(ID, List.of(LEA)));
    }

    private static final CommentSubject SUBJECT = CommentSubject.event(ID.value());
    private static final CommentAddedEvent COMMENT = new CommentAddedEvent(SUBJECT, "c-1", LEA, "J'apporte les tracts");

    @Test
    void anotherInviteeCannotDeleteAComment() {
        fixture().given(created(null), invited(LEA, NOE), COMMENT)
                .when(new DeleteEventCommentCommand(ID, "c-1", NOE, false))
                .expectException(ForbiddenException.class);
    }

    @Test
    void theEventsCreatorDeletesAnyComment() {
        fixture().given(created(null), invited(LEA, NOE), COMMENT)
                .when(new DeleteEventCommentCommand(ID, "c-1", SABINE, false))
                .expectEvents(new CommentDeletedEvent(SUBJECT, "c-1", SABINE));
    }

    @Test
    void whoeverMayNotSeeTheEventCannotCommentOnIt() {
        fixture().given(created(null), invited(LEA))
                .when(new CommentEventCommand(ID, "c-1", OUTSIDER, Spaces.ofSection(ELSEWHERE), "Bonjour"))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void descriptionsAreTidied() {
        EventRules.Checked checked = EventRules.check(new EventDescription(EventType.DEBATE, "  Débat\n public ",
                START.withSecond(30), null, new EventPlace(" 1 rue ", "", null, null), "  ", true, false, null, List.of()));
        assertThat(checked.description().title()).isEqualTo("Débat  public");
        assertThat(checked.description().startsAt().getSecond()).isEqualTo(30);
        assertThat(checked.description().description()).isNull();
        assertThat(checked.description().place().complement()).isNull();
    }

    @Test
    void theAutomaticReminderIsNotSetOnceItsTimeHasPassed() {
        fixture(START_INSTANT.minusSeconds(3600)).givenNoPriorActivity()
                .when(create(description(null, false, false), 24))
                .expectEvents(new EventCreatedEvent(ID, SABINE, SOLFERINO, description(null, false, false),
                        START_INSTANT, START_INSTANT.plusSeconds(7200), null, 0, 24))
                .expectNoScheduledDeadlines();
    }
}
