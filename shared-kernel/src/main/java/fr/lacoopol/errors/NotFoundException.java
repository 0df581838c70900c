package fr.lacoopol.errors;

/**
 * 404: the thing does not exist, or the caller may not know that it does (P5). Every one answers the same
 * code and words, whatever was looked for: a distinct answer for "exists, but not for you" would tell.
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("not_found", "introuvable");
    }

    public static NotFoundException notFound() {
        return new NotFoundException();
    }
}
