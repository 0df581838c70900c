package fr.lacoopol.member;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, accents removed ("Grégoire" → "gregoire"). Done in the application
 * because the local Elasticsearch distribution has no asciifolding filter; the same function serves the
 * PostgreSQL roster search, so both match alike.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) return null;
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .strip();
    }
}
