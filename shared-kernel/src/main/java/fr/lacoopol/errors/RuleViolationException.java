package fr.lacoopol.errors;

/** 422: the request breaks a business rule (charter not accepted, link expired). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
