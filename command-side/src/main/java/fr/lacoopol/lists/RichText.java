package fr.lacoopol.lists;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written in the site's editor (a zone's description): only formatting, lists and links survive;
 * scripts, styles, event handlers and every other element are dropped before the text becomes an event.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br").toFactory());

    private RichText() {
    }

    static String sanitise(String html) {
        if (html == null || html.isBlank()) return null;
        String clean = POLICY.sanitize(html).strip();
        return clean.isEmpty() ? null : clean;
    }
}
