package fr.lacoopol.access.lookup;

/** Roles held within a scope: a section for secretaries, a federation for referents. */
public enum Role { SECRETARY, REFERENT }
