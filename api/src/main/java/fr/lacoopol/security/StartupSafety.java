package fr.lacoopol.security;

import fr.lacoopol.CoopolProperties;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Outside the demo mode, the application does not start with a secret anybody can read: the link secret
 * and the administrator's password shipped in this repository (application.yml, docker-compose.yml, the
 * README) would let anyone forge invitation links or log in as the administrator.
 */
@Component
class StartupSafety {

    static final int LINK_SECRET_MIN_LENGTH = 32;
    private static final Set<String> PUBLISHED = Set.of("dev-only-link-secret-change-me-in-production",
            "change-me-to-a-long-random-secret", "change-me-too", "coopol-demo-2026");

    StartupSafety(CoopolProperties properties) {
        if (properties.demo()) return;
        String secret = properties.linkSecret();
        if (secret == null || PUBLISHED.contains(secret) || secret.length() < LINK_SECRET_MIN_LENGTH) {
            throw new IllegalStateException("COOPOL_LINK_SECRET must be set to a secret of your own, "
                    + LINK_SECRET_MIN_LENGTH + " characters or more (the published default is refused outside "
                    + "the demo mode)");
        }
        String adminPassword = properties.admin().password();
        if (adminPassword == null || PUBLISHED.contains(adminPassword) || adminPassword.length() < 12) {
            throw new IllegalStateException("COOPOL_ADMIN_PASSWORD must be set to a password of your own, 12 "
                    + "characters or more (the published demo password is refused outside the demo mode)");
        }
    }
}
