package fr.lacoopol.member;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, compared without regard to case. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) throw new InvalidValueException("email", "l'adresse e-mail est obligatoire");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "l'adresse e-mail n'est pas valide");
        }
    }

    @JsonCreator
    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
