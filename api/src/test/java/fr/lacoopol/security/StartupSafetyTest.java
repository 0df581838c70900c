package fr.lacoopol.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.lacoopol.CoopolProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Outside the demo mode, no start with a secret anybody can read in this repository. */
class StartupSafetyTest {

    private static final String OWN_SECRET = "a-link-secret-of-our-own-0123456789abcdef";

    @Test
    void thePublishedLinkSecretIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> new StartupSafety(properties(false, "dev-only-link-secret-change-me-in-production",
                "un mot de passe à nous")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOPOL_LINK_SECRET");
        assertThatThrownBy(() -> new StartupSafety(properties(false, "court", "un mot de passe à nous")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOPOL_LINK_SECRET");
    }

    @Test
    void thePublishedAdministratorPasswordIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> new StartupSafety(properties(false, OWN_SECRET, "coopol-demo-2026")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOPOL_ADMIN_PASSWORD");
    }

    @Test
    void secretsOfOnesOwnStartAndTheDemoStartsWithThePublishedOnes() {
        assertThatCode(() -> new StartupSafety(properties(false, OWN_SECRET, "un mot de passe à nous")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new StartupSafety(properties(true, "dev-only-link-secret-change-me-in-production",
                "coopol-demo-2026"))).doesNotThrowAnyException();
    }

    private static CoopolProperties properties(boolean demo, String linkSecret, String adminPassword) {
        return new CoopolProperties("http://localhost:8080", linkSecret, Duration.ofDays(14), Duration.ofHours(2),
                new CoopolProperties.Admin("admin@exemple.fr", adminPassword), "2026-01", demo, 0, "la coopol <x@y.fr>");
    }
}
