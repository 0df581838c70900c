package fr.lacoopol.errors;

/**
 * A refusal the caller can act on: a stable {@code code} (English, for clients) and a French message (the
 * problem's {@code detail}). The message never names another member's e-mail or coordinates (P1, P2).
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
