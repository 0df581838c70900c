package fr.lacoopol.agenda.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.EventType;
import fr.lacoopol.agenda.ReminderAudience;
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
import fr.lacoopol.agenda.query.AgendaScope;
import fr.lacoopol.agenda.query.AgendaTab;
import fr.lacoopol.agenda.query.AnswerHistoryPage;
import fr.lacoopol.agenda.query.AnswerHistoryQuery;
import fr.lacoopol.agenda.query.EventPage;
import fr.lacoopol.agenda.query.EventView;
import fr.lacoopol.agenda.query.FindEventQuery;
import fr.lacoopol.agenda.query.ListAgendaQuery;
import fr.lacoopol.agenda.query.SearchEventsQuery;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.conversation.query.Recipients;
import fr.lacoopol.conversation.query.SectionRecipientsQuery;
import fr.lacoopol.coopain.query.CoopainsAmongQuery;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.member.query.VisibleMembers;
import fr.lacoopol.member.query.VisibleMembersQuery;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.GroupSpaces;
import fr.lacoopol.web.Options;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Events, missions and the agenda (EVT-1 to EVT-14, DASH-1): create, invite, answer, remind, comment, and read
 * them. An event the caller may not see (P7) answers 404 like one that does not exist; one they may see but do not
 * manage answers 403 to managing it. A zone's manager invites their zone and learns a count, never names (P6).
 */
@RestController
@Tag(name = "Événements", description = "réunions, missions et agenda")
class EventController {

    private static final int MAX_INVITEES = 200;

    record Place(@NotBlank String street, String complement, String postalCode, String city) {
    }

    record Description(@NotNull EventType type, @NotBlank String title, @NotNull LocalDateTime startsAt,
                       LocalDateTime endsAt, @NotNull @Valid Place place, String description, boolean publicEvent,
                       boolean inSectionSpace, Integer places, Integer reminderHoursBefore,
                       @Size(max = GroupSpaces.MAX) List<@NotBlank String> groupIds) {

        /** GRP-2: one publishes in the groups one is a member of. */
        EventDescription toDescription(Viewer author) {
            List<GroupId> groups = GroupSpaces.chosenBy(author, groupIds);
            return new EventDescription(type, title, startsAt, endsAt,
                    new EventPlace(place.street(), place.complement(), place.postalCode(), place.city()), description,
                    publicEvent, inSectionSpace, places, groups);
        }

        int reminderHours() {
            return reminderHoursBefore == null ? DEFAULT_REMINDER_HOURS : reminderHoursBefore;
        }
    }

    record NewEvent(@NotNull EventType type, @NotBlank String title, @NotNull LocalDateTime startsAt,
                    LocalDateTime endsAt, @NotNull @Valid Place place, String description, boolean publicEvent,
                    boolean inSectionSpace, Integer places, Integer reminderHoursBefore, String invitationMessage,
                    int attendanceTarget, @Size(max = GroupSpaces.MAX) List<@NotBlank String> groupIds) {

        Description describe() {
            return new Description(type, title, startsAt, endsAt, place, description, publicEvent, inSectionSpace,
                    places, reminderHoursBefore, groupIds);
        }
    }

    record Invitation(String invitationMessage, int attendanceTarget) {
    }

    record Invitees(@Size(max = MAX_INVITEES) List<@NotBlank String> memberIds, String sectionId, String listId,
                    String zoneId, boolean wholeSection) {
    }

    record Rsvp(@NotNull Answer answer) {
    }

    record Reminder(@NotNull ReminderAudience audience, @NotBlank String message) {
    }

    record Cancellation(String reason) {
    }

    record Attendance(@NotNull @Size(max = 100_000) List<@NotBlank String> attendeeIds) {
    }

    record NewComment(@NotBlank String body) {
    }

    record Created(String id) {
    }

    record Invited(int invited) {
    }

    record Answered(Answer answer, boolean waitlisted) {
    }

    record Reminded(String reminderId, int recipients) {
    }

    /** EVT-14: an automatic reminder the day before, unless the creator chooses otherwise. */
    static final int DEFAULT_REMINDER_HOURS = 24;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final AvatarImages images;

    EventController(CommandGateway commands, QueryGateway queries, Clock clock, AvatarImages images) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.images = images;
    }

    @PostMapping("/api/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un événement ou une mission (EVT-1 à EVT-3, EVT-13, EVT-14)",
            description = "Dates en heure de Paris (2026-11-27T18:00). places : nombre de places (vide : sans limite). "
                    + "reminderHoursBefore : rappel automatique aux participants et aux peut-être (24 par défaut, 0 : "
                    + "aucun). publicEvent : visible de tous ; inSectionSpace : des membres de ma section ; groupIds : des "
                    + "membres de ces groupes (les miens) ; sinon des seuls invités.")
    Created create(@Valid @RequestBody NewEvent request) {
        MemberId creator = CurrentCaller.member();
        Description description = request.describe();
        if (description.startsAt().atZone(Paris.ZONE).toInstant().isBefore(clock.instant())) {
            throw new InvalidValueException("startsAt", "la date de début est passée");
        }
        EventId id = EventId.random();
        commands.sendAndWait(new CreateEventCommand(id, creator, CurrentCaller.viewer().sectionId(),
                description.toDescription(CurrentCaller.viewer()), request.invitationMessage(), request.attendanceTarget(),
                description.reminderHours()));
        return new Created(id.value());
    }

    @PutMapping("/api/events/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Modifier l'événement (EVT-7)",
            description = "Les invités qui n'ont pas décliné sont prévenus une fois d'un changement de date ou de lieu.")
    void change(@PathVariable String eventId, @Valid @RequestBody Description request) {
        commands.sendAndWait(new ChangeEventCommand(new EventId(eventId), CurrentCaller.member(),
                request.toDescription(CurrentCaller.viewer()), request.reminderHours()));
    }

    @PutMapping(path = "/api/events/{eventId}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Illustrer l'événement : PNG, GIF ou JPEG jusqu'à 8 Mo (EVT-2)",
            description = "Reconnue à son contenu, ré-encodée (sans ses métadonnées, position comprise), réduite à 450×450 ; "
                    + "visible de qui voit l'événement.")
    Map<String, String> image(@PathVariable String eventId, @RequestPart("file") MultipartFile file) {
        MemberId creator = CurrentCaller.member();
        StoredFile stored = images.store(file);
        commands.sendAndWait(new ChangeEventImageCommand(new EventId(eventId), creator, stored));
        return Map.of("id", eventId, "imageUrl", "/api/files/" + stored.sha256());
    }

    @PutMapping("/api/events/{eventId}/invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Modifier l'invitation : message et objectif de participants (EVT-3, EVT-7)")
    void changeInvitation(@PathVariable String eventId, @Valid @RequestBody Invitation request) {
        commands.sendAndWait(new ChangeInvitationCommand(new EventId(eventId), CurrentCaller.member(),
                request.invitationMessage(), request.attendanceTarget()));
    }

    @PostMapping("/api/events/{eventId}/invitees")
    @Operation(summary = "Inviter (EVT-4, EVT-7)",
            description = "memberIds : des coopains (jusqu'à 200). Pour un secrétaire : sectionId avec listId, zoneId ou "
                    + "wholeSection ; un responsable de zone invite sa zone. La réponse dit combien de personnes sont "
                    + "nouvellement invitées, jamais lesquelles.")
    Invited invite(@PathVariable String eventId, @Valid @RequestBody Invitees request) {
        MemberId inviter = CurrentCaller.member();
        Viewer viewer = CurrentCaller.viewer();
        boolean selection = request.memberIds() != null && !request.memberIds().isEmpty();
        long audiences = Stream.of(selection, request.listId() != null, request.zoneId() != null, request.wholeSection())
                .filter(Boolean::booleanValue).count();
        if (audiences != 1) {
            throw new InvalidValueException("memberIds", "choisis exactement un de memberIds, listId, zoneId ou "
                    + "wholeSection");
        }
        List<MemberId> members;
        if (selection) {
            members = request.memberIds().stream().distinct().map(MemberId::new).toList();
            VisibleMembers coopains = queries.query(new CoopainsAmongQuery(viewer, members), VisibleMembers.class).join();
            if (!coopains.memberIds().containsAll(members)) {
                throw new InvalidValueException("memberIds", "on invite ses coopains ; un secrétaire invite aussi une "
                        + "liste, une zone ou sa section");
            }
        } else {
            if (request.sectionId() == null) {
                throw new InvalidValueException("sectionId", "sectionId est obligatoire avec listId, zoneId ou wholeSection");
            }
            members = queries.query(new SectionRecipientsQuery(viewer, new SectionId(request.sectionId()), null,
                    request.listId() == null ? null : new ListId(request.listId()),
                    request.zoneId() == null ? null : new ZoneId(request.zoneId()), request.wholeSection()),
                    Recipients.class).join().memberIds();
        }
        int invited = commands.sendAndWait(new InviteCommand(new EventId(eventId), inviter, members));
        return new Invited(invited);
    }

    @PutMapping("/api/events/{eventId}/rsvp")
    @Operation(summary = "Répondre : je participe, je ne participe pas, peut-être (EVT-5, EVT-13)",
            description = "Un oui à un événement complet rejoint la liste d'attente (waitlisted) ; quand une place se "
                    + "libère, le premier de la liste la reçoit et en est prévenu. Un non est toujours possible.")
    Answered answer(@PathVariable String eventId, @Valid @RequestBody Rsvp request) {
        boolean waitlisted = commands.sendAndWait(new AnswerCommand(new EventId(eventId), CurrentCaller.member(),
                CurrentCaller.viewer().spaces(), request.answer()));
        return new Answered(request.answer(), waitlisted);
    }

    @PostMapping("/api/events/{eventId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annuler l'événement (EVT-7)", description = "Les invités qui n'ont pas décliné sont prévenus.")
    void cancel(@PathVariable String eventId, @RequestBody(required = false) Cancellation request) {
        commands.sendAndWait(new CancelEventCommand(new EventId(eventId), CurrentCaller.member(),
                request == null ? null : request.reason()));
    }

    @PostMapping("/api/events/{eventId}/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Relancer les invités (EVT-7, EVT-12)",
            description = "audience : ALL, YES, NO, MAYBE ou NO_ANSWER. Qui reçoit la relance est figé à l'envoi.")
    Reminded remind(@PathVariable String eventId, @Valid @RequestBody Reminder request) {
        String reminderId = UUID.randomUUID().toString();
        int recipients = commands.sendAndWait(new SendReminderCommand(new EventId(eventId), reminderId,
                CurrentCaller.member(), request.audience(), request.message()));
        return new Reminded(reminderId, recipients);
    }

    @PutMapping("/api/events/{eventId}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Noter qui est venu, une fois l'événement commencé (EVT-12)")
    void attendance(@PathVariable String eventId, @Valid @RequestBody Attendance request) {
        commands.sendAndWait(new RecordAttendanceCommand(new EventId(eventId), CurrentCaller.member(),
                request.attendeeIds().stream().map(MemberId::new).toList()));
    }

    @PostMapping("/api/events/{eventId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commenter l'événement (EVT-6)", description = "Quiconque voit l'événement peut le commenter.")
    Created comment(@PathVariable String eventId, @Valid @RequestBody NewComment request) {
        String commentId = UUID.randomUUID().toString();
        commands.sendAndWait(new CommentEventCommand(new EventId(eventId), commentId, CurrentCaller.member(),
                CurrentCaller.viewer().spaces(), request.body()));
        return new Created(commentId);
    }

    @DeleteMapping("/api/events/{eventId}/comments/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer un commentaire (EVT-6)",
            description = "Son auteur, le créateur de l'événement ou un modérateur.")
    void deleteComment(@PathVariable String eventId, @PathVariable String commentId) {
        visibleEvent(eventId);
        Viewer viewer = CurrentCaller.viewer();
        commands.sendAndWait(new DeleteEventCommentCommand(new EventId(eventId), commentId, CurrentCaller.member(),
                viewer.administrator()));
    }

    @GetMapping("/api/events/{eventId}")
    @Operation(summary = "La page d'un événement (EVT-6)",
            description = "La jauge, les participants et les peut-être que l'appelant peut voir (P4 ; la jauge compte "
                    + "tout le monde), les commentaires. Les invités qui n'ont pas répondu ne sont jamais nommés.")
    EventView event(@PathVariable String eventId) {
        EventView event = visibleEvent(eventId);
        Viewer viewer = CurrentCaller.viewer();
        List<MemberId> named = new ArrayList<>();
        event.participants().forEach(p -> named.add(new MemberId(p.memberId())));
        event.maybes().forEach(p -> named.add(new MemberId(p.memberId())));
        Set<MemberId> visible = named.isEmpty() ? Set.of()
                : queries.query(new VisibleMembersQuery(viewer, named), VisibleMembers.class).join().memberIds();
        return new EventView(event.eventId(), event.type(), event.typeLabel(), event.kind(), event.title(),
                event.description(), event.startsAt(), event.endsAt(), event.place(), event.publicEvent(),
                event.inSectionSpace(), event.groupIds(), event.creator(), event.cancelled(), event.cancelReason(),
                event.invitationMessage(), event.gauge(), event.myAnswer(), event.myWaitlisted(),
                shown(event.participants(), visible, viewer), shown(event.maybes(), visible, viewer), event.mayManage(),
                event.turnout(), event.reminderHoursBefore(), event.remindAt(), event.comments(), event.imageUrl());
    }

    @GetMapping("/api/events/{eventId}/answers")
    @Operation(summary = "L'historique des réponses et les relances envoyées (EVT-12)",
            description = "Pour le créateur de l'événement ; l'audit (AUD-1) montre qui a reçu chaque relance.")
    AnswerHistoryPage answers(@PathVariable String eventId,
                              @RequestParam(name = "page", defaultValue = "0") int page,
                              @RequestParam(name = "size", defaultValue = "50") int size) {
        visibleEvent(eventId);
        Paging paging = Paging.of(page, size);
        return queries.query(new AnswerHistoryQuery(CurrentCaller.viewer(), new EventId(eventId), paging.page(),
                        paging.size()), ResponseTypes.optionalInstanceOf(AnswerHistoryPage.class)).join()
                .orElseThrow(() -> new ForbiddenException("event_creator_only",
                        "seul le créateur de l'événement voit l'historique des réponses"));
    }

    @GetMapping("/api/events")
    @Operation(summary = "Tous les événements à venir (EVT-10)",
            description = "q : des mots (titre, description, lieu ; accents et casse ignorés) ; type ; from et to : des "
                    + "jours (inclus) ; city ; postalCode (un début : 75). Seuls les événements que l'appelant peut "
                    + "voir.")
    EventPage search(@RequestParam(name = "q", required = false) String q,
                     @RequestParam(name = "type", required = false) EventType type,
                     @RequestParam(name = "from", required = false) LocalDate from,
                     @RequestParam(name = "to", required = false) LocalDate to,
                     @RequestParam(name = "city", required = false) String city,
                     @RequestParam(name = "postalCode", required = false) String postalCode,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = "20") int size) {
        CurrentCaller.member();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "la fin de la période vient avant son début");
        }
        Paging paging = Paging.of(page, size);
        return queries.query(new SearchEventsQuery(CurrentCaller.viewer(), q, type, from, to, city, postalCode,
                paging.page(), paging.size()), EventPage.class).join();
    }

    @GetMapping("/api/me/agenda")
    @Operation(summary = "Mon agenda (EVT-9)",
            description = "tab : agenda (oui et peut-être, à venir), invitations (en attente de réponse), created (mes "
                    + "événements) ; scope : all, section, party ou groups.")
    EventPage agenda(@RequestParam(name = "tab", defaultValue = "agenda") String tab,
                     @RequestParam(name = "scope", defaultValue = "all") String scope,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = "20") int size) {
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new ListAgendaQuery(CurrentCaller.viewer(), Options.of("tab", AgendaTab.class, tab),
                Options.of("scope", AgendaScope.class, scope), paging.page(), paging.size()), EventPage.class).join();
    }

    private EventView visibleEvent(String eventId) {
        CurrentCaller.member();
        return queries.query(new FindEventQuery(CurrentCaller.viewer(), new EventId(eventId)),
                ResponseTypes.optionalInstanceOf(EventView.class)).join().orElseThrow(NotFoundException::new);
    }

    /** P4: a name the caller may not see is left out; the gauge still counts them. */
    private static List<Participant> shown(List<Participant> people, Set<MemberId> visible, Viewer viewer) {
        return people.stream().filter(p -> viewer.is(new MemberId(p.memberId()))
                || visible.contains(new MemberId(p.memberId()))).toList();
    }
}
