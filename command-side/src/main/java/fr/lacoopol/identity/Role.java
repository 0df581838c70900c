package fr.lacoopol.identity;

/** Roles held within a scope: a section for secretaries, a federation for referents. */
enum Role { SECRETARY, REFERENT }
