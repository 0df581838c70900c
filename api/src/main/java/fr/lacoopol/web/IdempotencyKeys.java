package fr.lacoopol.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.lacoopol.security.CurrentCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST: the first request with a key runs and its answer is kept for a day; the
 * same caller sending the same key again gets that answer again, and nothing runs twice. While the first is
 * still running, a second answers 409 {@code request_in_progress}; the same key on another path answers 422.
 * An answer of 5xx is not kept, so a retry runs again. Runs after the security chain: keys are per caller.
 */
@Component
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private record Kept(String path, Integer status, String contentType, byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IdempotencyKeys(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTED.matcher(key).matches()) {
            Problems.write(json, response, HttpStatus.BAD_REQUEST, "bad_idempotency_key",
                    "Idempotency-Key : de 8 à 128 lettres, chiffres, points, tirets ou deux-points");
            return;
        }
        String caller = CurrentCaller.actor().orElse("anonymous:" + request.getRemoteAddr());
        String path = request.getRequestURI();
        int claimed = jdbc.update("""
                INSERT INTO idempotent_request (caller, request_key, path) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", caller, key, path);
        if (claimed == 0) {
            answerAgain(caller, key, path, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                jdbc.update("""
                        UPDATE idempotent_request SET status = ?, content_type = ?, body = ?
                        WHERE caller = ? AND request_key = ?""", recorded.getStatus(), recorded.getContentType(),
                        recorded.getContentAsByteArray(), caller, key);
                kept = true;
            }
        } finally {
            if (!kept) jdbc.update("DELETE FROM idempotent_request WHERE caller = ? AND request_key = ?", caller, key);
            recorded.copyBodyToResponse();
        }
    }

    private void answerAgain(String caller, String key, String path, HttpServletResponse response) throws IOException {
        List<Kept> rows = jdbc.query("""
                        SELECT path, status, content_type, body FROM idempotent_request
                        WHERE caller = ? AND request_key = ?""",
                (row, i) -> new Kept(row.getString(1), (Integer) row.getObject(2), row.getString(3), row.getBytes(4)),
                caller, key);
        if (rows.isEmpty()) {
            Problems.write(json, response, HttpStatus.CONFLICT, "request_in_progress",
                    "cette requête vient d'être envoyée : réessaie dans un instant");
            return;
        }
        Kept kept = rows.get(0);
        if (!kept.path().equals(path)) {
            Problems.write(json, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                    "cette Idempotency-Key a déjà servi pour une autre requête");
        } else if (kept.status() == null) {
            Problems.write(json, response, HttpStatus.CONFLICT, "request_in_progress",
                    "cette requête est déjà en cours : réessaie dans un instant");
        } else {
            response.setStatus(kept.status());
            if (kept.contentType() != null) response.setContentType(kept.contentType());
            response.setHeader("Idempotent-Replayed", "true");
            if (kept.body() != null) response.getOutputStream().write(kept.body());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        jdbc.update("DELETE FROM idempotent_request WHERE created_at < now() - interval '1 day'");
    }
}
