package fr.lacoopol.access.lookup;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.ids.ContactId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the command-side access tables for the API: who logs in with an address, and who a caller is
 * ({@link Viewer}) for every permission and visibility decision. Strongly consistent with the events.
 */
@Component
public class AccessDirectory implements SectionMembership {

    private final JdbcTemplate jdbc;
    private final SessionLifetimes lifetimes;

    AccessDirectory(JdbcTemplate jdbc, SessionLifetimes lifetimes) {
        this.jdbc = jdbc;
        this.lifetimes = lifetimes;
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

    public Optional<FederationId> federationOfDepartment(String departmentCode) {
        return jdbc.query("SELECT federation_id FROM federation_department WHERE department_code = ?",
                (row, i) -> new FederationId(row.getString(1)), departmentCode).stream().findFirst();
    }

    public Optional<FederationId> federationOfSection(SectionId sectionId) {
        return jdbc.query("SELECT federation_id FROM section_federation WHERE section_id = ?",
                (row, i) -> new FederationId(row.getString(1)), sectionId.value()).stream().findFirst();
    }

    /** Which of these people do not belong to the section (to refuse adding them to its lists, zones, bureau). */
    @Override
    public Set<MemberId> outsideSection(SectionId sectionId, Collection<MemberId> memberIds) {
        if (memberIds.isEmpty()) return Set.of();
        Set<String> inside = new HashSet<>(jdbc.queryForList(
                "SELECT member_id FROM member_access WHERE section_id = ? AND member_id = ANY(?)", String.class,
                sectionId.value(), memberIds.stream().map(MemberId::value).toArray(String[]::new)));
        Set<MemberId> outside = new HashSet<>();
        for (MemberId id : memberIds) if (!inside.contains(id.value())) outside.add(id);
        return outside;
    }

    @Override
    public boolean isSecretary(MemberId memberId, SectionId sectionId) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM role_grant WHERE member_id = ? AND role = ? AND scope_id = ?", Integer.class,
                memberId.value(), Role.SECRETARY.name(), sectionId.value());
        return count != null && count > 0;
    }

    /** INV-3 "all": the section's people recorded and never invited. */
    public List<MemberId> toInvite(SectionId sectionId) {
        return jdbc.queryForList("SELECT member_id FROM member_access WHERE section_id = ? AND account_state = ?",
                String.class, sectionId.value(), AccountState.TO_INVITE.name()).stream().map(MemberId::new).toList();
    }

    /** A person of the network an imported row may name: by login e-mail anywhere, or membership number in a section. */
    public record PersonKey(MemberId memberId, SectionId sectionId, String email, String membershipNumber) {
    }

    /**
     * INV-5: the people whose login e-mail is one of these (whatever their section: an e-mail names one
     * account in the whole network), and the section's people with one of these membership numbers.
     */
    public List<PersonKey> peopleMatching(SectionId sectionId, Collection<String> emails, Collection<String> numbers) {
        return jdbc.query("""
                        SELECT member_id, section_id, login_email, membership_number FROM member_access
                        WHERE login_email = ANY(?) OR (section_id = ? AND membership_number = ANY(?))""",
                (row, i) -> new PersonKey(new MemberId(row.getString(1)),
                        row.getString(2) == null ? null : new SectionId(row.getString(2)), row.getString(3),
                        row.getString(4)),
                emails.toArray(String[]::new), sectionId.value(), numbers.toArray(String[]::new));
    }

    /** Which of these people exist. */
    public Set<MemberId> existing(Collection<MemberId> memberIds) {
        if (memberIds.isEmpty()) return Set.of();
        Set<MemberId> found = new HashSet<>();
        jdbc.query("SELECT member_id FROM member_access WHERE member_id = ANY(?)",
                (RowCallbackHandler) row -> found.add(new MemberId(row.getString(1))),
                (Object) memberIds.stream().map(MemberId::value).toArray(String[]::new));
        return found;
    }

    /** CON-2: the section's contacts with one of these e-mails, by e-mail. */
    public Map<String, ContactId> contactsByEmail(SectionId sectionId, Collection<String> emails) {
        Map<String, ContactId> contacts = new HashMap<>();
        jdbc.query("SELECT email, contact_id FROM section_contact WHERE section_id = ? AND email = ANY(?)",
                (RowCallbackHandler) row -> contacts.put(row.getString(1), new ContactId(row.getString(2))),
                sectionId.value(), emails.toArray(String[]::new));
        return contacts;
    }

    /**
     * The viewer behind a session, in one query (it runs on every request): the principal, their section,
     * federation and roles, as of the last committed event. The session's last-seen time is written at most
     * once a minute. Empty for an unknown or ended session (logged out, idle or too old: {@link
     * SessionLifetimes}), and for an account that is not active.
     */
    public Optional<Viewer> viewerOfSession(String token) {
        String tokenHash = Sessions.hash(token);
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
        if (Sessions.ADMINISTRATOR.equals(session.principal())) return Optional.of(Viewer.ofAdministrator());
        if (!AccountState.ACTIVE.name().equals(session.accountState())) return Optional.empty();
        Set<SectionId> secretaryOf = new HashSet<>();
        Set<FederationId> referentOf = new HashSet<>();
        if (session.roles() != null) {
            for (String grant : session.roles().split(",")) {
                String[] roleAndScope = grant.split(" ", 2);
                switch (Role.valueOf(roleAndScope[0])) {
                    case SECRETARY -> secretaryOf.add(new SectionId(roleAndScope[1]));
                    case REFERENT -> referentOf.add(new FederationId(roleAndScope[1]));
                }
            }
        }
        return Optional.of(new Viewer(new MemberId(session.principal()),
                session.sectionId() == null ? null : new SectionId(session.sectionId()),
                session.federationId() == null ? null : new FederationId(session.federationId()),
                secretaryOf, referentOf, false));
    }

    private record SessionRow(String principal, boolean stale, String sectionId, String federationId,
                              String accountState, String roles) {
    }
}
