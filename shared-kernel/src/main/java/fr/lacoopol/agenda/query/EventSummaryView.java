package fr.lacoopol.agenda.query;

import java.time.LocalDateTime;

/** An event in a list (agenda, search, dashboard): what it is, when and where, its gauge and the viewer's answer. */
public record EventSummaryView(
        String eventId,
        String type,
        String typeLabel,
        String kind,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String city,
        String postalCode,
        boolean publicEvent,
        boolean cancelled,
        int yesCount,
        int attendanceTarget,
        Integer places,
        String myAnswer,
        boolean myWaitlisted) {
}
