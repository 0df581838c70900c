package fr.lacoopol.errors;

/** 404: the thing does not exist, or the caller may not know that it does (P5). */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
