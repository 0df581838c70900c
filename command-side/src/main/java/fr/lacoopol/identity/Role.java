package fr.lacoopol.identity;

/**
 * Roles held within a scope: a section for secretaries, a federation for referents, a group for its members (a
 * publication space of theirs, P7).
 */
enum Role { SECRETARY, REFERENT, GROUP_MEMBER }
