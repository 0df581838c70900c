package fr.lacoopol.member.query;

/** NOT-1: the three kinds of e-mail a member switches on or off (PRO-1). */
public enum NotificationKind {
    NEW_MESSAGE,
    WALL_POST,
    COOPAIN_REQUEST,
    /** Event invitations, changes, cancellations and reminders: no switch governs them (NOT-1), like invitations. */
    EVENT,
    /** A moderator's decision on one's content (MOD-1): always sent, the author must be told. */
    MODERATION
}
