package fr.lacoopol.member;

import java.net.URI;
import java.net.URISyntaxException;

final class Links {

    private Links() {
    }

    /** An absolute http or https URL, or null. Anything else (javascript:, data:…) is refused. */
    static String optionalUrl(String field, String value) {
        String text = Text.optional(field, value, 500);
        if (text == null) return null;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new InvalidValueException(field, "le lien doit commencer par http:// ou https://");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "le lien n'est pas valide");
        }
    }
}
