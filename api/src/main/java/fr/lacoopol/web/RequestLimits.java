package fr.lacoopol.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bounds every request meets before anything reads it: a body no larger than what its endpoint takes
 * (refused from its announced length, so nothing is buffered first), and query parameters without control
 * characters (PostgreSQL refuses NUL) and a search of reasonable length. Only member-file imports take large
 * files; pictures and every other body are small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    static final long FILE_MAX_BYTES = 8L * 1024 * 1024;
    static final long IMPORT_MAX_BYTES = 50L * 1024 * 1024;
    static final long BODY_MAX_BYTES = 1024 * 1024;
    static final int SEARCH_MAX_LENGTH = 200;
    /** Multipart envelope around the file: boundaries and part headers. */
    private static final long MULTIPART_OVERHEAD = 16 * 1024;
    private static final Pattern IMPORT_UPLOAD = Pattern.compile("/api/sections/[^/]+/(imports|contact-imports)");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ObjectMapper json;

    RequestLimits(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request.getQueryString());
        if (refusal != null) {
            writeValidation(response, refusal);
            return;
        }
        long limit = bodyLimit(request);
        long length = request.getContentLengthLong();
        if (length > limit) {
            Problems.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE, "file_too_large",
                    "la requête dépasse " + (limit / (1024 * 1024)) + " Mo");
            return;
        }
        if (length < 0 && isMultipart(request)) {
            Problems.write(json, response, HttpStatus.LENGTH_REQUIRED, "length_required",
                    "un envoi de fichier doit annoncer sa taille (Content-Length)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static long bodyLimit(HttpServletRequest request) {
        if (!isMultipart(request)) return BODY_MAX_BYTES;
        boolean importing = IMPORT_UPLOAD.matcher(request.getRequestURI()).matches();
        return (importing ? IMPORT_MAX_BYTES : FILE_MAX_BYTES) + MULTIPART_OVERHEAD;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private record Refusal(String field, String message) {

        static Refusal malformed(String field) {
            return new Refusal(field, "ce paramètre est mal formé ou contient un caractère de contrôle");
        }
    }

    /** The first query parameter that breaks the rules, or null when all are fine. */
    private static Refusal refusal(String query) {
        if (query == null || query.isEmpty()) return null;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Refusal.malformed(equals < 0 ? pair : pair.substring(0, equals));
            }
            if (CONTROL.matcher(name).find()) return Refusal.malformed("?");
            if (CONTROL.matcher(value).find()) return Refusal.malformed(name);
            if (name.equals("q") && value.length() > SEARCH_MAX_LENGTH) {
                return new Refusal("q", "la recherche dépasse " + SEARCH_MAX_LENGTH + " caractères");
            }
        }
        return null;
    }

    private void writeValidation(HttpServletResponse response, Refusal refusal) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", "Bad Request",
                "status", 400, "detail", "des champs sont invalides", "code", "validation_failed",
                "errors", List.of(Map.of("field", refusal.field(), "message", refusal.message()))));
    }
}
