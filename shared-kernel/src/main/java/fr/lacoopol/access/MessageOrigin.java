package fr.lacoopol.access;

/** The metadata every command and event carries about where it comes from (AUD-1). */
public final class MessageOrigin {

    /** The acting member's id, or "administrator", or the process acting on someone's behalf. */
    public static final String ACTOR = "actor";

    private MessageOrigin() {
    }
}
