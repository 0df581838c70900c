package fr.lacoopol.agenda.query;

/**
 * EVT-6, EVT-13: the participation gauge: yes against the target (0: none) and the places (null: unlimited), with
 * the maybe, the no, the waiting list and the invitees.
 */
public record Gauge(
        int yes,
        int maybe,
        int no,
        int waiting,
        int invited,
        int target,
        Integer places,
        Integer placesLeft) {
}
