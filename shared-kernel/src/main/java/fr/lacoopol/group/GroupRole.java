package fr.lacoopol.group;

/** Where a member stands in a group. */
public enum GroupRole {
    /** Asked to join a group on request, not yet accepted. */
    REQUESTED,
    MEMBER,
    /** A member who accepts and removes members and names other administrators. */
    ADMINISTRATOR
}
