package fr.lacoopol.agenda.query;

/**
 * EVT-9, DASH-1: which events a tab shows: all, those of my section (created in it), those of the whole party
 * (public), those of my groups.
 */
public enum AgendaScope {
    ALL, SECTION, PARTY, GROUPS
}
