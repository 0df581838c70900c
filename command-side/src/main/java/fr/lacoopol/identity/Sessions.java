package fr.lacoopol.identity;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Revocable bearer sessions (ACC-3), and who a caller is ({@link Viewer}) for every permission and visibility
 * decision. The token is 256 random bits handed to the client once; only its
 * SHA-256 is stored, so a leaked table opens no session. A principal is a member id, or {@link
 * #ADMINISTRATOR} for the configured administrator.
 */
@Component
public class Sessions {

    public static final String ADMINISTRATOR = "administrator";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SessionLifetimes lifetimes;

    Sessions(JdbcTemplate jdbc, SessionLifetimes lifetimes) {
        this.jdbc = jdbc;
        this.lifetimes = lifetimes;
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
    public int deleteEnded() {
        return jdbc.update("DELETE FROM auth_session WHERE last_seen_at < now() - ? * interval '1 second' "
                + "OR created_at < now() - ? * interval '1 second'", lifetimes.idle().toSeconds(),
                lifetimes.absolute().toSeconds());
    }

    public void close(String token) {
        jdbc.update("DELETE FROM auth_session WHERE token_hash = ?", hash(token));
    }

    /**
     * The viewer behind a session's token, in one query (it runs on every request): the principal, their
     * section, federation, roles and groups, as of the last committed event. The session's last-seen time is
     * written at most once a minute. Empty for an unknown or ended session (logged out, idle or too old: {@link
     * SessionLifetimes}), and for an account that is not active.
     */
    public Optional<Viewer> viewerOf(String token) {
        String tokenHash = hash(token);
        List<SessionRow> rows = jdbc.query("""
                        SELECT s.principal, s.last_seen_at < now() - interval '1 minute',
                               a.section_id, a.federation_id, a.account_state,
                               (SELECT string_agg(r.role || ' ' || r.scope_id, ',') FROM role_grant r
                                WHERE r.member_id = s.principal)
                        FROM auth_session s LEFT JOIN member_access a ON a.member_id = s.principal
                        WHERE s.token_hash = ?
                          AND s.last_seen_at > now() - ? * interval '1 second'
                          AND s.created_at > now() - ? * interval '1 second'""",
                (row, i) -> new SessionRow(row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)),
                tokenHash, lifetimes.idle().toSeconds(), lifetimes.absolute().toSeconds());
        if (rows.isEmpty()) return Optional.empty();
        SessionRow session = rows.get(0);
        if (session.stale()) jdbc.update("UPDATE auth_session SET last_seen_at = now() WHERE token_hash = ?", tokenHash);
        if (ADMINISTRATOR.equals(session.principal())) return Optional.of(Viewer.ofAdministrator());
        if (!AccountState.ACTIVE.name().equals(session.accountState())) return Optional.empty();
        Set<SectionId> secretaryOf = new HashSet<>();
        Set<FederationId> referentOf = new HashSet<>();
        Set<GroupId> groups = new HashSet<>();
        if (session.roles() != null) {
            for (String grant : session.roles().split(",")) {
                String[] roleAndScope = grant.split(" ", 2);
                switch (Role.valueOf(roleAndScope[0])) {
                    case SECRETARY -> secretaryOf.add(new SectionId(roleAndScope[1]));
                    case REFERENT -> referentOf.add(new FederationId(roleAndScope[1]));
                    case GROUP_MEMBER -> groups.add(new GroupId(roleAndScope[1]));
                }
            }
        }
        return Optional.of(new Viewer(new MemberId(session.principal()),
                session.sectionId() == null ? null : new SectionId(session.sectionId()),
                session.federationId() == null ? null : new FederationId(session.federationId()),
                secretaryOf, referentOf, false, groups));
    }

    private record SessionRow(String principal, boolean stale, String sectionId, String federationId,
                              String accountState, String roles) {
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
