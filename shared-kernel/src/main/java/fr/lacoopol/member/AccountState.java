package fr.lacoopol.member;

/** Where a person stands on the way to an active account (INV-2's three tabs, then active). */
public enum AccountState {
    /** Recorded by a secretary, with no usable e-mail: cannot be invited yet. */
    INCOMPLETE,
    TO_INVITE,
    INVITED,
    ACTIVE,
    /** GDPR-2: erased by themselves or, before activating, by their secretary; kept so that counts still hold. */
    ERASED
}
