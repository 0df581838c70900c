package fr.lacoopol.member;

/** P4: who may see a member's profile. Secretaries are always {@link #EVERYONE}. */
public enum Visibility { SECRETARY_ONLY, NETWORK, EVERYONE }
