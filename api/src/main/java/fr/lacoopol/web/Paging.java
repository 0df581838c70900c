package fr.lacoopol.web;

import fr.lacoopol.member.InvalidValueException;

/** Page and size of a list request: pages from 0, at most 100 items. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(int page, int size) {
        if (page < 0) throw new InvalidValueException("page", "la page commence à 0");
        if (size < 1 || size > MAX_SIZE) throw new InvalidValueException("size", "la taille va de 1 à 100");
        if ((long) page * size > 10_000) throw new InvalidValueException("page", "au-delà de 10 000 résultats, affine la recherche");
        return new Paging(page, size);
    }
}
