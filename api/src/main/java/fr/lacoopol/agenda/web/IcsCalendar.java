package fr.lacoopol.agenda.web;

import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.query.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An iCalendar file (RFC 5545) of events (EVT-11): times in Europe/Paris with its VTIMEZONE, so that calendars show
 * them right on both sides of a clock change; a cancelled event as STATUS:CANCELLED with a higher SEQUENCE; a link
 * back to the event. It names no participant: no ORGANIZER, no ATTENDEE, no address but the event's place.
 */
final class IcsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Paris since 1996: summer time from the last Sunday of March at 02:00, winter time from the last of October. */
    private static final String PARIS_TIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19960331T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private IcsCalendar() {
    }

    static String of(String name, List<CalendarEntry> entries, String baseUrl, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//la coopol//agenda//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:Europe/Paris");
        ics.append(PARIS_TIMEZONE).append("\r\n");
        for (CalendarEntry entry : entries) {
            String url = baseUrl + "/evenements/" + entry.eventId();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + entry.eventId() + "@lacoopol.fr");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "CREATED:" + UTC.format(entry.createdAt()));
            line(ics, "SEQUENCE:" + entry.sequence());
            line(ics, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(entry.startsAt().atZone(Paris.ZONE)));
            if (entry.endsAt() != null) {
                line(ics, "DTEND;TZID=Europe/Paris:" + LOCAL.format(entry.endsAt().atZone(Paris.ZONE)));
            }
            line(ics, "SUMMARY:" + text((entry.cancelled() ? "Annulé : " : "") + entry.title()));
            String description = Stream.of(entry.typeLabel(), entry.description(), url).filter(Objects::nonNull)
                    .collect(Collectors.joining("\n\n"));
            line(ics, "DESCRIPTION:" + text(description));
            line(ics, "LOCATION:" + text(place(entry.place())));
            line(ics, "URL:" + url);
            line(ics, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "MAYBE".equals(entry.myAnswer()) ? "TENTATIVE"
                    : "CONFIRMED"));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    private static String place(EventPlace place) {
        String town = Stream.of(place.postalCode(), place.city()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(place.street(), place.complement(), town.isEmpty() ? null : town).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /** RFC 5545 3.1: lines of at most 75 octets, folded with CRLF and a space, never inside a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
