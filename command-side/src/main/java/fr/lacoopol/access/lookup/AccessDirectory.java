package fr.lacoopol.access.lookup;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.EmailAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the command-side access tables for the API: who logs in with an address, and who a caller is
 * ({@link Viewer}) for every permission and visibility decision. Strongly consistent with the events.
 */
@Component
public class AccessDirectory {

    private final JdbcTemplate jdbc;

    AccessDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record LoginAccount(MemberId memberId, AccountState state, String passwordHash) {
    }

    public Optional<LoginAccount> loginAccount(EmailAddress email) {
        return jdbc.query("""
                        SELECT a.member_id, a.account_state, c.password_hash
                        FROM member_access a LEFT JOIN credential c ON c.member_id = a.member_id
                        WHERE a.login_email = ?""",
                (row, i) -> new LoginAccount(new MemberId(row.getString(1)),
                        AccountState.valueOf(row.getString(2)), row.getString(3)),
                email.value()).stream().findFirst();
    }

    public boolean emailTaken(EmailAddress email) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM member_access WHERE login_email = ?",
                Integer.class, email.value());
        return count != null && count > 0;
    }

    public Optional<EmailAddress> loginEmail(MemberId memberId) {
        return jdbc.query("SELECT login_email FROM member_access WHERE member_id = ? AND login_email IS NOT NULL",
                (row, i) -> new EmailAddress(row.getString(1)), memberId.value()).stream().findFirst();
    }

    /** Where the person stands and which section they belong to (null for a federation's referent). */
    public record MemberPlacement(AccountState state, SectionId sectionId, FederationId federationId) {
    }

    public Optional<MemberPlacement> placement(MemberId memberId) {
        return jdbc.query("SELECT account_state, section_id, federation_id FROM member_access WHERE member_id = ?",
                (row, i) -> new MemberPlacement(AccountState.valueOf(row.getString(1)),
                        row.getString(2) == null ? null : new SectionId(row.getString(2)),
                        new FederationId(row.getString(3))),
                memberId.value()).stream().findFirst();
    }

    public Optional<AccountState> accountState(MemberId memberId) {
        return jdbc.query("SELECT account_state FROM member_access WHERE member_id = ?",
                (row, i) -> AccountState.valueOf(row.getString(1)), memberId.value()).stream().findFirst();
    }

    public Optional<FederationId> federationOfSection(SectionId sectionId) {
        return jdbc.query("SELECT federation_id FROM section_federation WHERE section_id = ?",
                (row, i) -> new FederationId(row.getString(1)), sectionId.value()).stream().findFirst();
    }

    /** The member as a viewer: their section, federation and roles, as of the last committed event. */
    public Optional<Viewer> viewer(MemberId memberId) {
        List<String[]> access = jdbc.query(
                "SELECT section_id, federation_id FROM member_access WHERE member_id = ? AND account_state = 'ACTIVE'",
                (row, i) -> new String[] {row.getString(1), row.getString(2)}, memberId.value());
        if (access.isEmpty()) return Optional.empty();
        Set<SectionId> secretaryOf = new HashSet<>();
        Set<FederationId> referentOf = new HashSet<>();
        jdbc.query("SELECT role, scope_id FROM role_grant WHERE member_id = ?", row -> {
            switch (Role.valueOf(row.getString(1))) {
                case SECRETARY -> secretaryOf.add(new SectionId(row.getString(2)));
                case REFERENT -> referentOf.add(new FederationId(row.getString(2)));
            }
        }, memberId.value());
        String[] row = access.get(0);
        return Optional.of(new Viewer(memberId, row[0] == null ? null : new SectionId(row[0]),
                row[1] == null ? null : new FederationId(row[1]), secretaryOf, referentOf, false));
    }
}
