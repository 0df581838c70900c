package fr.lacoopol.member;

/** Shape helpers shared by the value objects: trimmed, optional text with a length bound. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when absent or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) return null;
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, field + " dépasse " + maxLength + " caractères");
        }
        return trimmed;
    }

    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) throw new InvalidValueException(field, field + " est obligatoire");
        return text;
    }
}
