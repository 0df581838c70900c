package fr.lacoopol.mail;

import fr.lacoopol.member.EmailAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * E-mails about an account that no event calls for, because nothing changed: they tell the owner of an
 * address what was tried with it, where telling the one who tried would say whether the address is known.
 */
@Component
public class AccountNotices {

    private final MailOutbox outbox;

    AccountNotices(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** Someone signed in asked for this address, already another account's login, to become theirs. */
    public void addressClaimedByAnotherAccount(EmailAddress address) {
        outbox.enqueue(UUID.randomUUID().toString(), "ADDRESS_NOTICE", address.value(),
                "Ton adresse e-mail a été proposée pour un autre compte",
                """
                Bonjour,

                Quelqu'un, connecté à un autre compte de la coopol, a demandé que cette adresse devienne son
                identifiant. Elle est déjà le tien : rien n'a changé, et ton compte reste tel qu'il était.

                Si c'était toi, depuis un second compte, écris au secrétaire de ta section pour réunir les deux.
                Sinon, tu n'as rien à faire.
                """);
    }
}
