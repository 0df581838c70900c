package fr.lacoopol.conversation.query;

/**
 * NOT-2, DASH-4: conversations with unread messages (up to 1,001: "more than 1,000"), coopain requests awaiting an
 * answer, event invitations awaiting one (events come later: always 0 until then).
 */
public record AlertsView(
        long unreadMessages,
        long pendingCoopainRequests,
        long pendingEventInvitations) {
}
