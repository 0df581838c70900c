package fr.lacoopol.agenda;

/** EVT-1: the two kinds of the agenda. */
public enum EventKind {
    /** A réunion: people meet to talk. */
    MEETING,
    /** An action militante: people go out and act. */
    MISSION
}
