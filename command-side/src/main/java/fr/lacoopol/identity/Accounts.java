package fr.lacoopol.identity;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.EmailAddress;
import java.util.Optional;

/** Who logs in with which address (ACC-3, ACC-6): one account per address in the whole network. */
public interface Accounts {

    record LoginAccount(MemberId memberId, AccountState state, String passwordHash) {
    }

    Optional<LoginAccount> loginAccount(EmailAddress email);

    Optional<EmailAddress> loginEmail(MemberId memberId);

    /** Whether the address is already an account's login. */
    boolean emailTaken(EmailAddress email);
}
