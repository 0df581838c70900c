package fr.lacoopol.member;

public enum Sex { FEMALE, MALE, OTHER }
