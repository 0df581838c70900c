package fr.lacoopol.agenda;

/** EVT-5: je participe, je ne participe pas, peut-être. */
public enum Answer {
    YES, NO, MAYBE
}
