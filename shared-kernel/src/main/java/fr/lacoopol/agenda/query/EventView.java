package fr.lacoopol.agenda.query;

import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.conversation.query.Participant;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * EVT-6: an event's page, for a viewer who may see it. participants are those who said yes (and have a place),
 * maybes those who might come: invitees who have not answered are never named. mayManage: the viewer created it.
 * turnout: how many came, once the creator marked it (EVT-12). remindAt: the automatic reminder, for the creator.
 * imageUrl: its illustration (EVT-2), if any. groupIds: the groups it is published in (GRP-2).
 */
public record EventView(
        String eventId,
        String type,
        String typeLabel,
        String kind,
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        EventPlace place,
        boolean publicEvent,
        boolean inSectionSpace,
        List<String> groupIds,
        Participant creator,
        boolean cancelled,
        String cancelReason,
        String invitationMessage,
        Gauge gauge,
        String myAnswer,
        boolean myWaitlisted,
        List<Participant> participants,
        List<Participant> maybes,
        boolean mayManage,
        Integer turnout,
        int reminderHoursBefore,
        Instant remindAt,
        List<CommentView> comments,
        String imageUrl) {
}
