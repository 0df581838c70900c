package fr.lacoopol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.CoopolProperties;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.batches.CommandBatches;
import fr.lacoopol.e2e.ApiTestSupport;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.identity.Placements;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmarks' volume, made a batch of members at a time: every member can log in, with the visibility of their
 * number, the first is their section's secretary, and a second load creates nobody again.
 */
class SyntheticMembersTest extends ApiTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBatches batches;
    @Autowired
    Accounts accounts;
    @Autowired
    Placements placements;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    CoopolProperties properties;
    @Autowired
    Clock clock;

    @Test
    void membersAreMadeABatchAtATimeAndOnlyOnce() {
        SyntheticMembers synthetic = new SyntheticMembers(commands, batches, accounts, placements, passwords, properties, clock);
        int count = SyntheticMembers.MEMBERS_PER_BATCH + 30;

        assertThat(synthetic.ensure(count)).isEqualTo(count);

        // Logging in needs no projection; a profile shows once the member-profiles projection has caught up.
        assertThat(shown(count, "lastName")).endsWith("-" + count);
        assertThat(me(count).path("privateData").path("accountState").asText()).isEqualTo("ACTIVE");
        assertThat(shown(10, "visibility")).isEqualTo("SECRETARY_ONLY");
        assertThat(shown(11, "visibility")).isEqualTo("NETWORK");
        assertThat(shown(13, "visibility")).isEqualTo("EVERYONE");
        assertThat(me(1).path("secretary").asBoolean()).as("membre.000001 is their section's secretary").isTrue();
        assertThat(accounts.emailTaken(SyntheticMembers.email(count + 1))).isFalse();

        assertThat(synthetic.ensure(count)).as("a second load").isZero();
    }

    /** Member {@code n}'s {@code field} (of their profile or their private data) once their profile is shown. */
    private String shown(int n, String field) {
        return await("member " + n + "'s profile", () -> {
            JsonNode me = me(n);
            if (!me.path("lastName").asText().endsWith("-" + n)) return null;
            return me.has(field) ? me.path(field).asText() : me.path("privateData").path(field).asText();
        });
    }

    private JsonNode me(int n) {
        return get("/api/me", tokenOf(SyntheticMembers.email(n).value())).body();
    }
}
