package fr.lacoopol.conversation.query;

import fr.lacoopol.agenda.query.EventAlertView;
import fr.lacoopol.agenda.query.EventSummaryView;
import java.util.List;

/**
 * NOT-2, DASH-4, the remote control: conversations with unread messages (up to 1,001: "more than 1,000"), coopain
 * requests awaiting an answer, upcoming event invitations awaiting one, the unread alerts about events (the latest
 * ones listed), the next items of the member's agenda, and the posts others wrote on the member's wall since the
 * alerts were last read (PST-6).
 */
public record AlertsView(
        long unreadMessages,
        long pendingCoopainRequests,
        long pendingEventInvitations,
        long unreadEventAlerts,
        List<EventAlertView> eventAlerts,
        List<EventSummaryView> nextAgendaItems,
        long newWallPosts) {
}
