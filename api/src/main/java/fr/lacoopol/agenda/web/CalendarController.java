package fr.lacoopol.agenda.web;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.CalendarEntries;
import fr.lacoopol.agenda.query.CalendarQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * EVT-11: an event as an .ics file, and a member's agenda as a calendar feed at a secret address that calendar apps
 * read without logging in. A secret that opens nothing answers 404, like any unknown address.
 */
@RestController
@Tag(name = "Événements", description = "réunions, missions et agenda")
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    record Feed(String url) {
    }

    private final QueryGateway queries;
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final String baseUrl;

    CalendarController(QueryGateway queries, CalendarFeeds feeds, Clock clock, CoopolProperties properties) {
        this.queries = queries;
        this.feeds = feeds;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/api/events/{eventId}.ics")
    @Operation(summary = "Un événement au format iCalendar (EVT-11)")
    ResponseEntity<String> event(@PathVariable String eventId) {
        CurrentCaller.member();
        CalendarEntries entries = queries.query(new CalendarQuery(CurrentCaller.viewer(), new EventId(eventId)),
                CalendarEntries.class).join();
        if (entries.entries().isEmpty()) throw new NotFoundException();
        return calendar(IcsCalendar.of(entries.entries().get(0).title(), entries.entries(), baseUrl, clock.instant()),
                "evenement.ics");
    }

    @GetMapping("/api/calendar/{secret}.ics")
    @Operation(summary = "Mon agenda en flux iCalendar, à une adresse secrète (EVT-11)",
            description = "Sans connexion : l'adresse est la permission. Les événements où je participe, peut-être, et "
                    + "ceux que j'ai créés, depuis 30 jours ; un événement annulé y figure annulé.")
    ResponseEntity<String> feed(@PathVariable String secret) {
        MemberId member = feeds.owner(secret).orElseThrow(NotFoundException::new);
        Viewer owner = new Viewer(member, null, null, Set.of(), Set.of(), false, Set.of());
        CalendarEntries entries = queries.query(new CalendarQuery(owner, null), CalendarEntries.class).join();
        return calendar(IcsCalendar.of("Mon agenda la coopol", entries.entries(), baseUrl, clock.instant()),
                "agenda.ics");
    }

    @PostMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer ou renouveler l'adresse secrète de mon agenda (EVT-11)",
            description = "L'adresse n'est montrée qu'une fois ; la précédente cesse aussitôt de fonctionner.")
    Feed renewFeed() {
        return new Feed(baseUrl + "/api/calendar/" + feeds.renew(CurrentCaller.member()) + ".ics");
    }

    @DeleteMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer l'adresse secrète de mon agenda (EVT-11)")
    void revokeFeed() {
        feeds.revoke(CurrentCaller.member());
    }

    private static ResponseEntity<String> calendar(String ics, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(ics);
    }
}
