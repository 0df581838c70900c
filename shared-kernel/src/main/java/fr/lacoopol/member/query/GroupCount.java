package fr.lacoopol.member.query;

/** LST-4: a list or zone of the section and how many members it has. */
public record GroupCount(String id, String name, long count) {
}
