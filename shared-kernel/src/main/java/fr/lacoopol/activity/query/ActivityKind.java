package fr.lacoopol.activity.query;

/** DASH-3, PST-6: what a member did. */
public enum ActivityKind {
    /** Published a post (on their own wall). */
    POSTED,
    /** Became coopains with another member. */
    BECAME_COOPAINS,
    /** Created or joined a group. */
    JOINED_GROUP,
    /** Joined a section. */
    JOINED_SECTION,
    /** Changed their status. */
    CHANGED_STATUS,
    /** Answered yes or maybe to an event. */
    ANSWERED_EVENT
}
