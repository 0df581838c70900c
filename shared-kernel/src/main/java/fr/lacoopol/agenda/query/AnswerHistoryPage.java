package fr.lacoopol.agenda.query;

import java.util.List;

/** EVT-12: the answers' history, oldest first, with the reminders sent and the size of their audience. */
public record AnswerHistoryPage(
        List<AnswerChangeView> items,
        long total,
        int page,
        int size,
        List<ReminderView> reminders) {

    /** A reminder as its creator sees it: when, to whom (the audience's kind and size), what. */
    public record ReminderView(String reminderId, boolean automatic, String audience, String message,
                               int recipientCount, java.time.Instant sentAt) {
    }
}
