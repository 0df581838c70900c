package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.EventCreatedEvent;
import fr.lacoopol.agenda.event.InvitationChangedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.MemberNames;
import fr.lacoopol.member.query.MemberNamesQuery;
import fr.lacoopol.member.query.NotificationAddress;
import fr.lacoopol.member.query.NotificationAddresses;
import fr.lacoopol.member.query.NotificationAddressesQuery;
import fr.lacoopol.member.query.NotificationKind;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NOT-1 for events (EVT-7, EVT-13, EVT-14): the invitation, a change of date or place, a cancellation, a reminder, a
 * place given from the waiting list, each in French to the members the aggregate named in the event, once (NOT-3:
 * enqueued under the domain event's id and the recipient's, in the processor's transaction). What a mail says of the
 * event comes from the processor's own headline table, kept from the event's domain events in the same order.
 */
@Component
@ProcessingGroup("mail-notifications")
@DisallowReplay
class EventNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);
    private static final int CHUNK = 500;

    private record Headline(String title, String typeLabel, LocalDateTime startsAt, String place, String message) {

        String when() {
            return startsAt.format(WHEN);
        }
    }

    private final MailOutbox outbox;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final String baseUrl;

    EventNotifications(MailOutbox outbox, QueryGateway queries, JdbcTemplate jdbc, CoopolProperties properties) {
        this.outbox = outbox;
        this.queries = queries;
        this.jdbc = jdbc;
        this.baseUrl = properties.baseUrl();
    }

    @EventHandler
    void on(EventCreatedEvent event) {
        jdbc.update("""
                INSERT INTO mail_event_headline (event_id, title, type_label, starts_local, place, message)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""", event.eventId().value(),
                event.description().title(), event.description().type().label(), event.description().startsAt(),
                place(event.description().place()), event.invitationMessage());
    }

    @EventHandler
    void on(EventChangedEvent event, EventMessage<?> message) {
        EventDescription description = event.description();
        jdbc.update("""
                UPDATE mail_event_headline SET title = ?, type_label = ?, starts_local = ?, place = ?
                WHERE event_id = ?""", description.title(), description.type().label(), description.startsAt(),
                place(description.place()), event.eventId().value());
        if (!event.dateOrPlaceChanged()) return;
        Headline headline = headline(event.eventId());
        send(message, "EVENT_CHANGED", event.toldIds(), "Changement : " + headline.title(), firstName -> """
                Bonjour %s,

                « %s » change de date ou de lieu. Désormais : le %s, %s.

                Pour revoir ta réponse : %s
                """.formatted(firstName, headline.title(), headline.when(), headline.place(), link(event.eventId())));
    }

    @EventHandler
    void on(InvitationChangedEvent event) {
        jdbc.update("UPDATE mail_event_headline SET message = ? WHERE event_id = ?", event.invitationMessage(),
                event.eventId().value());
    }

    @EventHandler
    void on(InviteesAddedEvent event, EventMessage<?> message) {
        Headline headline = headline(event.eventId());
        String inviter = nameOf(event.inviterId());
        String personal = headline.message() == null ? "" : "\n" + inviter + " te dit :\n" + headline.message() + "\n";
        send(message, "EVENT_INVITATION", event.memberIds(), "Invitation : " + headline.title(), firstName -> """
                Bonjour %s,

                %s t'invite à « %s » (%s), le %s, %s.
                %s
                Pour répondre (je participe, je ne participe pas, peut-être) : %s
                """.formatted(firstName, inviter, headline.title(), headline.typeLabel(), headline.when(),
                headline.place(), personal, link(event.eventId())));
    }

    @EventHandler
    void on(EventCancelledEvent event, EventMessage<?> message) {
        Headline headline = headline(event.eventId());
        String reason = event.reason() == null ? "" : "\nLe mot de l'organisateur :\n" + event.reason() + "\n";
        send(message, "EVENT_CANCELLED", event.toldIds(), "Annulé : " + headline.title(), firstName -> """
                Bonjour %s,

                « %s », prévu le %s, est annulé.
                %s""".formatted(firstName, headline.title(), headline.when(), reason));
    }

    @EventHandler
    void on(ReminderSentEvent event, EventMessage<?> message) {
        Headline headline = headline(event.eventId());
        String subject = (event.automatic() ? "Rappel : " : "Relance : ") + headline.title();
        String said = event.message() == null ? "" : "\n" + event.message() + "\n";
        send(message, "EVENT_REMINDER", event.recipientIds(), subject, firstName -> """
                Bonjour %s,
                %s
                « %s » (%s), le %s, %s.

                Ta réponse, et la changer si besoin : %s
                """.formatted(firstName, said, headline.title(), headline.typeLabel(), headline.when(), headline.place(),
                link(event.eventId())));
    }

    @EventHandler
    void on(WaitlistPromotedEvent event, EventMessage<?> message) {
        Headline headline = headline(event.eventId());
        send(message, "EVENT_PLACE_GIVEN", List.of(event.memberId()), "Une place pour toi : " + headline.title(),
                firstName -> """
                        Bonjour %s,

                        Une place s'est libérée pour « %s », le %s, %s : elle est à toi, tu es inscrit(e).
                        Si tu ne peux plus venir, dis-le pour la laisser au suivant : %s
                        """.formatted(firstName, headline.title(), headline.when(), headline.place(),
                        link(event.eventId())));
    }

    private void send(EventMessage<?> message, String kind, List<MemberId> members, String subject,
                      java.util.function.Function<String, String> body) {
        for (int from = 0; from < members.size(); from += CHUNK) {
            List<MemberId> chunk = members.subList(from, Math.min(members.size(), from + CHUNK));
            for (NotificationAddress to : queries.query(new NotificationAddressesQuery(chunk, NotificationKind.EVENT),
                    NotificationAddresses.class).join().addresses()) {
                outbox.enqueue(message.getIdentifier() + ":" + to.memberId().value(), kind, to.email(), subject,
                        body.apply(to.firstName()), "la coopol", null);
            }
        }
    }

    private Headline headline(EventId eventId) {
        return jdbc.queryForObject("""
                SELECT title, type_label, starts_local, place, message FROM mail_event_headline WHERE event_id = ?""",
                (row, i) -> new Headline(row.getString(1), row.getString(2),
                        row.getTimestamp(3).toLocalDateTime(), row.getString(4), row.getString(5)), eventId.value());
    }

    private String link(EventId eventId) {
        return baseUrl + "/evenements/" + eventId.value();
    }

    private String nameOf(MemberId member) {
        return queries.query(new MemberNamesQuery(List.of(member)), MemberNames.class).join().names().stream()
                .findFirst().map(n -> (n.firstName() + " " + n.lastName()).strip())
                .filter(name -> !name.isEmpty()).orElse("Un membre de la coopol");
    }

    private static String place(EventPlace place) {
        String town = Stream.of(place.postalCode(), place.city()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(place.street(), place.complement(), town.isEmpty() ? null : town).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
