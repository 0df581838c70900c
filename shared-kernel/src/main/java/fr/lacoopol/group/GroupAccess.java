package fr.lacoopol.group;

/** GRP-1: how one joins a group. */
public enum GroupAccess {
    /** Whoever asks is a member at once. */
    OPEN,
    /** Whoever asks waits until an administrator accepts them. */
    ON_REQUEST
}
