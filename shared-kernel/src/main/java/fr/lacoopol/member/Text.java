package fr.lacoopol.member;

import java.util.regex.Pattern;

/**
 * Shape helpers shared by the value objects: trimmed, optional text with a length bound. Control characters
 * are folded, never refused, so that a value read back from an older event still builds: in a line (a name,
 * a subject) any run of them becomes one space, so no line break reaches a header or a CSV; in a text of
 * several lines (a message) only line breaks and tabs stay. NUL, which PostgreSQL cannot store, goes in both.
 */
public final class Text {

    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    private static final Pattern NOT_IN_PARAGRAPHS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]+");

    private Text() {
    }

    /** One line, trimmed, or null when absent or blank. */
    public static String optional(String field, String value, int maxLength) {
        return bounded(field, value == null ? null : LINE_BREAKING.matcher(value).replaceAll(" "), maxLength);
    }

    public static String required(String field, String value, int maxLength) {
        return present(field, optional(field, value, maxLength));
    }

    /** Several lines, trimmed, or null when absent or blank. */
    public static String optionalParagraphs(String field, String value, int maxLength) {
        return bounded(field, value == null ? null : NOT_IN_PARAGRAPHS.matcher(value).replaceAll(""), maxLength);
    }

    public static String requiredParagraphs(String field, String value, int maxLength) {
        return present(field, optionalParagraphs(field, value, maxLength));
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) return null;
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, field + " dépasse " + maxLength + " caractères");
        }
        return trimmed;
    }

    private static String present(String field, String text) {
        if (text == null) throw new InvalidValueException(field, field + " est obligatoire");
        return text;
    }
}
