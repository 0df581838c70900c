package fr.lacoopol.identity;

import fr.lacoopol.contact.event.ContactAddedEvent;
import fr.lacoopol.contact.event.ContactChangedEvent;
import fr.lacoopol.contact.event.ContactDeletedEvent;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.eventstore.MemberKeys;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.group.event.GroupLeftEvent;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.organisation.event.ReferentAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.organisation.event.FederationCreatedEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the command-side access tables: logins (one account per e-mail, guarded by the unique constraint),
 * account states, roles and group memberships. It is a subscribing processor whose errors propagate (see
 * IdentityConfiguration): it runs in the transaction that appends the events, so a duplicate e-mail rolls the
 * command back, and a role granted or withdrawn, or a group joined or left, counts from the very next request.
 */
@Component
@ProcessingGroup(IdentityProjection.PROCESSING_GROUP)
class IdentityProjection {

    static final String PROCESSING_GROUP = "identity";

    private final JdbcTemplate jdbc;
    private final MemberKeys keys;

    IdentityProjection(JdbcTemplate jdbc, MemberKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * A person recorded with an address that is already another person's login: in the same section, refused
     * (the secretary sees both); elsewhere, recorded without a login, like anyone else, so that the section
     * learns nothing of where else the address is known (P1). Their invitation then asks them by e-mail
     * (MailNotifications) instead of opening a second account.
     */
    @EventHandler
    void on(PersonToInviteCreatedEvent event) {
        AccountState state = event.email() == null ? AccountState.INCOMPLETE : AccountState.TO_INVITE;
        String sectionId = event.sectionId() == null ? null : event.sectionId().value();
        String login = event.email() == null || knownElsewhere(event.email().value(), event.memberId().value(), sectionId)
                ? null : event.email().value();
        try {
            jdbc.update("""
                    INSERT INTO member_access (member_id, login_email, section_id, federation_id, account_state,
                                               membership_number)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (member_id) DO NOTHING""",
                    event.memberId().value(), login, sectionId, event.federationId().value(), state.name(),
                    event.membershipNumber());
        } catch (DuplicateKeyException e) {
            throw emailTaken();
        }
    }

    /**
     * GDPR-2, in the erasure's own transaction: the login, password, sessions and roles go, and the member's key is
     * destroyed (its row kept as a tombstone) — the event and the destruction commit together or not at all. The
     * cached copy of the key is dropped once committed.
     */
    @EventHandler
    void on(MemberErasedEvent event) {
        String member = event.memberId().value();
        jdbc.update("UPDATE member_access SET login_email = NULL, membership_number = NULL, account_state = ? "
                + "WHERE member_id = ?", AccountState.ERASED.name(), member);
        jdbc.update("DELETE FROM credential WHERE member_id = ?", member);
        jdbc.update("DELETE FROM auth_session WHERE principal = ?", member);
        jdbc.update("DELETE FROM role_grant WHERE member_id = ?", member);
        jdbc.update(MemberKeys.DESTROY, member);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    keys.forget(member);
                }
            });
        } else {
            keys.forget(member);
        }
    }

    @EventHandler
    void on(MemberInvitedEvent event) {
        jdbc.update("UPDATE member_access SET account_state = ? WHERE member_id = ? AND account_state <> ?",
                AccountState.INVITED.name(), event.memberId().value(), AccountState.ACTIVE.name());
    }

    @EventHandler
    void on(InvitationAcceptedEvent event) {
        jdbc.update("UPDATE member_access SET account_state = ? WHERE member_id = ?",
                AccountState.ACTIVE.name(), event.memberId().value());
    }

    @EventHandler
    void on(LoginEmailChangedEvent event) {
        try {
            jdbc.update("UPDATE member_access SET login_email = ? WHERE member_id = ?",
                    event.email().value(), event.memberId().value());
        } catch (DuplicateKeyException e) {
            throw emailTaken();
        }
    }

    /** INV-7: an e-mail withdrawn with its import no longer identifies the person, who cannot be invited. */
    @EventHandler
    void on(ImportedDataWithdrawnEvent event) {
        if (event.emailWithdrawn()) {
            jdbc.update("""
                    UPDATE member_access SET login_email = NULL,
                           account_state = CASE WHEN account_state = 'TO_INVITE' THEN 'INCOMPLETE' ELSE account_state END
                    WHERE member_id = ?""", event.memberId().value());
        }
        if (event.membershipNumberWithdrawn()) {
            jdbc.update("UPDATE member_access SET membership_number = NULL WHERE member_id = ?", event.memberId().value());
        }
    }

    @EventHandler
    void on(ImportedDataMergedEvent event) {
        if (event.email() != null && !knownElsewhere(event.email().value(), event.memberId().value(),
                sectionOf(event.memberId().value()))) {
            try {
                jdbc.update("""
                        UPDATE member_access SET login_email = ?,
                               account_state = CASE WHEN account_state = 'INCOMPLETE' THEN 'TO_INVITE' ELSE account_state END
                        WHERE member_id = ?""", event.email().value(), event.memberId().value());
            } catch (DuplicateKeyException e) {
                throw emailTaken();
            }
        }
        if (event.membershipNumber() != null) {
            jdbc.update("UPDATE member_access SET membership_number = ? WHERE member_id = ?",
                    event.membershipNumber(), event.memberId().value());
        }
    }

    /**
     * Whether the address is another person's login in another section (or at a federation); the same
     * section's is refused as taken.
     */
    private boolean knownElsewhere(String email, String memberId, String sectionId) {
        List<String[]> owners = jdbc.query("SELECT member_id, section_id FROM member_access WHERE login_email = ?",
                (row, i) -> new String[] {row.getString(1), row.getString(2)}, email);
        if (owners.isEmpty() || owners.get(0)[0].equals(memberId)) return false;
        if (Objects.equals(owners.get(0)[1], sectionId)) throw emailTaken();
        return true;
    }

    private String sectionOf(String memberId) {
        return jdbc.query("SELECT section_id FROM member_access WHERE member_id = ?", (row, i) -> row.getString(1),
                memberId).stream().findFirst().orElse(null);
    }

    @EventHandler
    void on(MemberMovedEvent event) {
        jdbc.update("UPDATE member_access SET section_id = ?, federation_id = ? WHERE member_id = ?",
                event.toSection().value(), event.toFederation().value(), event.memberId().value());
    }

    @EventHandler
    void on(SecretaryDismissedEvent event) {
        jdbc.update("DELETE FROM role_grant WHERE member_id = ? AND role = ? AND scope_id = ?",
                event.memberId().value(), Role.SECRETARY.name(), event.sectionId().value());
    }

    @EventHandler
    void on(ContactAddedEvent event) {
        try {
            jdbc.update("""
                    INSERT INTO section_contact (contact_id, section_id, email) VALUES (?, ?, ?)
                    ON CONFLICT (contact_id) DO NOTHING""",
                    event.contactId().value(), event.sectionId().value(), event.details().email().value());
        } catch (DuplicateKeyException e) {
            throw contactExists();
        }
    }

    @EventHandler
    void on(ContactChangedEvent event) {
        try {
            jdbc.update("UPDATE section_contact SET email = ? WHERE contact_id = ?",
                    event.details().email().value(), event.contactId().value());
        } catch (DuplicateKeyException e) {
            throw contactExists();
        }
    }

    @EventHandler
    void on(ContactDeletedEvent event) {
        jdbc.update("DELETE FROM section_contact WHERE contact_id = ?", event.contactId().value());
    }

    @EventHandler
    void on(FederationCreatedEvent event) {
        try {
            jdbc.update("INSERT INTO federation_department (department_code, federation_id) VALUES (?, ?)",
                    event.departmentCode(), event.federationId().value());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("federation_exists", "ce département a déjà sa fédération");
        }
    }

    @EventHandler
    void on(SectionCreatedEvent event) {
        jdbc.update("INSERT INTO section_federation (section_id, federation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.sectionId().value(), event.federationId().value());
    }

    @EventHandler
    void on(SecretaryAppointedEvent event) {
        grant(event.memberId().value(), Role.SECRETARY, event.sectionId().value());
    }

    @EventHandler
    void on(ReferentAppointedEvent event) {
        grant(event.memberId().value(), Role.REFERENT, event.federationId().value());
    }

    @EventHandler
    void on(GroupCreatedEvent event) {
        grant(event.creatorId().value(), Role.GROUP_MEMBER, event.groupId().value());
    }

    @EventHandler
    void on(GroupJoinedEvent event) {
        grant(event.memberId().value(), Role.GROUP_MEMBER, event.groupId().value());
    }

    @EventHandler
    void on(GroupLeftEvent event) {
        jdbc.update("DELETE FROM role_grant WHERE member_id = ? AND role = ? AND scope_id = ?",
                event.memberId().value(), Role.GROUP_MEMBER.name(), event.groupId().value());
    }

    private void grant(String memberId, Role role, String scopeId) {
        jdbc.update("INSERT INTO role_grant (member_id, role, scope_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                memberId, role.name(), scopeId);
    }

    private static ConflictException contactExists() {
        return new ConflictException("contact_exists", "la section a déjà un contact avec cette adresse e-mail");
    }

    private static ConflictException emailTaken() {
        // Says nothing of who owns the address (P1).
        return new ConflictException("email_taken", "cette adresse e-mail est déjà utilisée");
    }
}
