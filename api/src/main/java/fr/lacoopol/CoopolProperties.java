package fr.lacoopol;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's own settings ({@code coopol.*}); see the README's configuration section.
 *
 * @param baseUrl         where people reach la coopol; links in e-mails start with it
 * @param linkSecret      signs the single-use links (invitation, password reset, e-mail change); keep it
 *                        secret and stable: changing it voids every link sent
 * @param invitationTtl   how long an invitation link works (ACC-1: 14 days)
 * @param resetTtl        how long a password reset or e-mail confirmation link works
 * @param admin           the bootstrap administrator
 * @param charterVersion  the version of the charter members accept now (MOD-2, GDPR-3)
 * @param demo            load the demo data at start-up
 * @param demoMembers     with the demo data, this many synthetic active members more (for benchmarks)
 * @param mailFrom        the sender of every e-mail
 */
@ConfigurationProperties(prefix = "coopol")
public record CoopolProperties(String baseUrl, String linkSecret, Duration invitationTtl, Duration resetTtl,
                               Admin admin, String charterVersion, boolean demo, int demoMembers,
                               String mailFrom) {

    public record Admin(String email, String password) {
    }
}
