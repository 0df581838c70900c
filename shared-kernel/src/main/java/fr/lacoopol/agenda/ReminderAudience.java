package fr.lacoopol.agenda;

/** EVT-7: whom a reminder (relance) reaches among the invitees. */
public enum ReminderAudience {
    ALL, YES, NO, MAYBE, NO_ANSWER
}
