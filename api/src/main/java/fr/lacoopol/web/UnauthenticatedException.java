package fr.lacoopol.web;

import fr.lacoopol.errors.DomainException;

/** 401: credentials missing or wrong. Says nothing of which part was wrong. */
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String code, String message) {
        super(code, message);
    }
}
