package fr.lacoopol.agenda;

import fr.lacoopol.ids.GroupId;
import java.time.LocalDateTime;
import java.util.List;

/**
 * EVT-2, EVT-8, EVT-13: what an event is. Dates are Europe/Paris wall-clock times; the end is optional. An event is
 * public (every member sees it), published in its section's space or in groups (their members see it, GRP-2), or
 * none of these (its invitees only, P7). places: null when unlimited. groupIds: empty in events recorded before
 * groups were.
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
        Integer places,
        List<GroupId> groupIds) {

    public EventDescription {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
