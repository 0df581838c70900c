package fr.lacoopol.agenda.web;

import fr.lacoopol.ids.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * EVT-11: each member's secret calendar address. Only its SHA-256 is kept, so the table leaks no working address; a
 * new secret replaces the old one in the same row, so the old address stops working at once.
 */
@Component
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    CalendarFeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for the member, replacing any earlier one. */
    String renew(MemberId member) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("""
                INSERT INTO calendar_feed (member_id, secret_hash, created_at) VALUES (?, ?, now())
                ON CONFLICT (member_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, created_at = now()""",
                member.value(), hash(secret));
        return secret;
    }

    /** Whose calendar the secret opens, if any. */
    Optional<MemberId> owner(String secret) {
        List<String> owners = jdbc.queryForList("SELECT member_id FROM calendar_feed WHERE secret_hash = ?",
                String.class, (Object) hash(secret));
        return owners.stream().findFirst().map(MemberId::new);
    }

    void revoke(MemberId member) {
        jdbc.update("DELETE FROM calendar_feed WHERE member_id = ?", member.value());
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
