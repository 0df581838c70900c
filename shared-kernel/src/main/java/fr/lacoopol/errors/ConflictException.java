package fr.lacoopol.errors;

/** 409: the request clashes with the current state (already invited, e-mail taken). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
