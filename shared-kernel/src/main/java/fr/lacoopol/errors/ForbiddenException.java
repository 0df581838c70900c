package fr.lacoopol.errors;

/** 403: the caller is known but may not do this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }
}
