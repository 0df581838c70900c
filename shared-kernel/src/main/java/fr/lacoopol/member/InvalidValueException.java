package fr.lacoopol.member;

/** A value that breaks its shape rule (a blank name, a malformed address). {@code field} names what was wrong. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
