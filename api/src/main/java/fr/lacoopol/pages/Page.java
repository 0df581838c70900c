package fr.lacoopol.pages;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * A small French HTML page: no script at all, one style sheet of our own, and headers that keep the link's
 * token where it is (no referrer, no cache, no framing).
 */
final class Page {

    private Page() {
    }

    static ResponseEntity<String> of(HttpStatus status, String title, String body) {
        String html = """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – la coopol</title>
                <link rel="stylesheet" href="/pages.css">
                </head>
                <body>
                <header><p class="brand">la coopol</p></header>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), escape(title), body);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_LANGUAGE, "fr")
                .body(html);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A message read by screen readers as soon as the page shows it. */
    static String error(String message) {
        return message == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(message) + "</p>";
    }

    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        return html.toString();
    }
}
