package fr.lacoopol.access.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Revocable bearer sessions (ACC-3). The token is 256 random bits handed to the client once; only its
 * SHA-256 is stored, so a leaked table opens no session. A principal is a member id, or {@link
 * #ADMINISTRATOR} for the configured administrator.
 */
@Component
public class Sessions {

    public static final String ADMINISTRATOR = "administrator";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    Sessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a session and returns its token. */
    public String open(String principal) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("INSERT INTO auth_session (token_hash, principal) VALUES (?, ?)", hash(token), principal);
        return token;
    }

    /**
     * The session's principal. The last-seen time is written at most once a minute per session: a write (and
     * its WAL flush) on every request would cost more than the request's own work.
     */
    public Optional<String> principal(String token) {
        String tokenHash = hash(token);
        List<Object[]> rows = jdbc.query(
                "SELECT principal, last_seen_at < now() - interval '1 minute' FROM auth_session WHERE token_hash = ?",
                (row, i) -> new Object[] {row.getString(1), row.getBoolean(2)}, tokenHash);
        if (rows.isEmpty()) return Optional.empty();
        if ((Boolean) rows.get(0)[1]) {
            jdbc.update("UPDATE auth_session SET last_seen_at = now() WHERE token_hash = ?", tokenHash);
        }
        return Optional.of((String) rows.get(0)[0]);
    }

    public void close(String token) {
        jdbc.update("DELETE FROM auth_session WHERE token_hash = ?", hash(token));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
