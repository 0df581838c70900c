package fr.lacoopol.moderation;

/** What a member may report and a moderator may hide (MOD-1). */
public enum ContentKind { POST, COMMENT, EVENT, GROUP, PROFILE }
