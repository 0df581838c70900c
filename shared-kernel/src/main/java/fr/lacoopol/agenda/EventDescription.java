package fr.lacoopol.agenda;

import java.time.LocalDateTime;

/**
 * EVT-2, EVT-8, EVT-13: what an event is. Dates are Europe/Paris wall-clock times; the end is optional. An event is
 * public (every member sees it), published in its section's space (the section's members see it), or neither
 * (its invitees only, P7). places: null when unlimited.
 */
public record EventDescription(
        EventType type,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        EventPlace place,
        String description,
        boolean publicEvent,
        boolean inSectionSpace,
        Integer places) {
}
