package fr.lacoopol.identity;

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
 * The identity context's tables, read in the command's own transaction (so strongly consistent with the
 * events): behind the context's narrow doors ({@link Accounts}, {@link Placements}, {@link ImportMatching},
 * {@link SectionMembership}), the one implementation.
 */
@Component
class IdentityTables implements Accounts, Placements, ImportMatching, SectionMembership {

    private final JdbcTemplate jdbc;

    IdentityTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LoginAccount> loginAccount(EmailAddress email) {
        return jdbc.query("""
                        SELECT a.member_id, a.account_state, c.password_hash
                        FROM member_access a LEFT JOIN credential c ON c.member_id = a.member_id
                        WHERE a.login_email = ?""",
                (row, i) -> new LoginAccount(new MemberId(row.getString(1)),
                        AccountState.valueOf(row.getString(2)), row.getString(3)),
                email.value()).stream().findFirst();
    }

    @Override
    public boolean emailTaken(EmailAddress email) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM member_access WHERE login_email = ?",
                Integer.class, email.value());
        return count != null && count > 0;
    }

    @Override
    public Optional<EmailAddress> loginEmail(MemberId memberId) {
        return jdbc.query("SELECT login_email FROM member_access WHERE member_id = ? AND login_email IS NOT NULL",
                (row, i) -> new EmailAddress(row.getString(1)), memberId.value()).stream().findFirst();
    }

    @Override
    public Optional<MemberPlacement> placement(MemberId memberId) {
        return jdbc.query("SELECT account_state, section_id, federation_id FROM member_access WHERE member_id = ?",
                (row, i) -> new MemberPlacement(AccountState.valueOf(row.getString(1)),
                        row.getString(2) == null ? null : new SectionId(row.getString(2)),
                        new FederationId(row.getString(3))),
                memberId.value()).stream().findFirst();
    }

    @Override
    public Optional<FederationId> federationOfDepartment(String departmentCode) {
        return jdbc.query("SELECT federation_id FROM federation_department WHERE department_code = ?",
                (row, i) -> new FederationId(row.getString(1)), departmentCode).stream().findFirst();
    }

    @Override
    public Optional<FederationId> federationOfSection(SectionId sectionId) {
        return jdbc.query("SELECT federation_id FROM section_federation WHERE section_id = ?",
                (row, i) -> new FederationId(row.getString(1)), sectionId.value()).stream().findFirst();
    }

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

    @Override
    public List<MemberId> toInvite(SectionId sectionId) {
        return jdbc.queryForList("SELECT member_id FROM member_access WHERE section_id = ? AND account_state = ?",
                String.class, sectionId.value(), AccountState.TO_INVITE.name()).stream().map(MemberId::new).toList();
    }

    @Override
    public List<PersonKey> peopleMatching(SectionId sectionId, Collection<String> emails, Collection<String> numbers) {
        return jdbc.query("""
                        SELECT member_id, section_id, login_email, membership_number FROM member_access
                        WHERE login_email = ANY(?) OR (section_id = ? AND membership_number = ANY(?))""",
                (row, i) -> new PersonKey(new MemberId(row.getString(1)),
                        row.getString(2) == null ? null : new SectionId(row.getString(2)), row.getString(3),
                        row.getString(4)),
                emails.toArray(String[]::new), sectionId.value(), numbers.toArray(String[]::new));
    }

    @Override
    public Set<MemberId> existing(Collection<MemberId> memberIds) {
        if (memberIds.isEmpty()) return Set.of();
        Set<MemberId> found = new HashSet<>();
        jdbc.query("SELECT member_id FROM member_access WHERE member_id = ANY(?)",
                (RowCallbackHandler) row -> found.add(new MemberId(row.getString(1))),
                (Object) memberIds.stream().map(MemberId::value).toArray(String[]::new));
        return found;
    }

    @Override
    public Map<String, ContactId> contactsByEmail(SectionId sectionId, Collection<String> emails) {
        Map<String, ContactId> contacts = new HashMap<>();
        jdbc.query("SELECT email, contact_id FROM section_contact WHERE section_id = ? AND email = ANY(?)",
                (RowCallbackHandler) row -> contacts.put(row.getString(1), new ContactId(row.getString(2))),
                sectionId.value(), emails.toArray(String[]::new));
        return contacts;
    }

}
