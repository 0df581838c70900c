package fr.lacoopol.conversation.query;

import fr.lacoopol.access.Viewer;
import java.time.Instant;

/**
 * NOT-2, DASH-4: the viewer's counters. eventAlertsSeenUntil: when the member last marked their event alerts read
 * (null: never); only later alerts are unread.
 */
public record FindAlertsQuery(
        Viewer viewer,
        Instant eventAlertsSeenUntil) {
}
