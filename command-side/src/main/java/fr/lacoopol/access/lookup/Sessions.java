package fr.lacoopol.access.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
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

    /** Forgets the sessions that can no longer open anything; run from time to time by the API. */
    public int deleteEnded(SessionLifetimes lifetimes) {
        return jdbc.update("DELETE FROM auth_session WHERE last_seen_at < now() - ? * interval '1 second' "
                + "OR created_at < now() - ? * interval '1 second'", lifetimes.idle().toSeconds(),
                lifetimes.absolute().toSeconds());
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
