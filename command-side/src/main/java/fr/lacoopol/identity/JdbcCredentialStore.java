package fr.lacoopol.identity;

import fr.lacoopol.ids.MemberId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCredentialStore implements CredentialStore {

    private final JdbcTemplate jdbc;

    JdbcCredentialStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void storePasswordHash(MemberId memberId, String passwordHash) {
        jdbc.update("""
                INSERT INTO credential (member_id, password_hash, changed_at) VALUES (?, ?, now())
                ON CONFLICT (member_id) DO UPDATE SET password_hash = excluded.password_hash, changed_at = now()""",
                memberId.value(), passwordHash);
    }

    @Override
    public void endSessions(MemberId memberId) {
        jdbc.update("DELETE FROM auth_session WHERE principal = ?", memberId.value());
    }
}
