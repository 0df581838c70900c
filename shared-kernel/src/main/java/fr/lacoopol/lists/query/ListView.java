package fr.lacoopol.lists.query;

/** LST-1. */
public record ListView(String listId, String name, long count) {
}
