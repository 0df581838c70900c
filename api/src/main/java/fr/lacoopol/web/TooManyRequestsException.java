package fr.lacoopol.web;

import fr.lacoopol.errors.DomainException;

/** 429: the caller must slow down (login throttling). */
public class TooManyRequestsException extends DomainException {

    public TooManyRequestsException(String code, String message) {
        super(code, message);
    }
}
