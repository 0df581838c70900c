package fr.lacoopol.member;

/** adhérent(e) or sympathisant(e). Roles (secretary, referent…) are not membership types. */
public enum MembershipType { MEMBER, SUPPORTER }
